/**
 * Pages of the Word report: A4 with the GB/T 9704-2012 margins, portrait for the text and
 * landscape for the 附表, and page numbers 「— 1 —」 in 宋体 四号, odd pages right and even pages
 * left, one character in from the edge of the text block (GB/T 9704-2012 7.5).
 */
import type { ISectionOptions } from 'docx';
import { AlignmentType, Footer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { fontRun, FONTS, mm, PAGE, POINTS, TWIPS_PER_POINT } from './docxStyleBuilder';

/** Footers with the page number: right on odd pages, left on even pages. */
export function pageNumberFooters(): NonNullable<ISectionOptions['footers']> {
  return { default: pageNumberFooter('right'), even: pageNumberFooter('left') };
}

function pageNumberFooter(side: 'left' | 'right'): Footer {
  const oneChar = POINTS.sihao * TWIPS_PER_POINT;
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
    new TextRun({ ...fontRun(FONTS.pageNumber, POINTS.sihao), children });
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: oneChar } : { left: oneChar },
        children: [run(['— ']), run([PageNumber.CURRENT]), run([' —'])],
      }),
    ],
  });
}

/**
 * Margins of the landscape 附表 page: 28 mm at the top and left, 26 mm at the bottom and right.
 * The portrait page's 37 / 35 mm leave room for a 版头 and the page number below the text; a
 * table of twelve or more columns needs the width more, and its page number sits 12 mm up.
 */
export const LANDSCAPE_MARGIN = {
  top: PAGE.margin.left,
  bottom: PAGE.margin.right,
  left: PAGE.margin.left,
  right: PAGE.margin.right,
  footer: mm(12),
  header: mm(10),
} as const;

/** Section properties: A4 portrait or landscape with the standard margins. */
export function pageProperties(
  orientation: 'portrait' | 'landscape',
): NonNullable<ISectionOptions['properties']> {
  // docx swaps width and height itself for a landscape page.
  const isPortrait = orientation === 'portrait';
  return {
    page: {
      size: {
        width: PAGE.width,
        height: PAGE.height,
        orientation: isPortrait ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
      },
      margin: isPortrait ? PAGE.margin : LANDSCAPE_MARGIN,
    },
  };
}

/** Width of the text block in twips for an orientation. */
export function textWidthTwips(orientation: 'portrait' | 'landscape'): number {
  return orientation === 'portrait'
    ? PAGE.width - PAGE.margin.left - PAGE.margin.right
    : PAGE.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;
}
