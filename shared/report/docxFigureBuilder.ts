/**
 * A figure of the Word report: the chart image, rendered at 2× for print, scaled to fit the text
 * block, centred and kept with its caption 「图1 …」 below it.
 */
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { FigureImage, ReportFigure } from './reportDocument';
import { captionParagraph } from './docxStyleBuilder';

/** Word sizes images in CSS pixels (96 per inch); 1440 twips make an inch. */
const TWIPS_PER_PIXEL = 1440 / 96;
/** A chart is drawn a little narrower than the text block, as in printed reports. */
const WIDTH_SHARE = 0.92;
/** Images are rendered at twice their layout size (issue 6: high-resolution images). */
const RENDER_SCALE = 2;

/** The printed size in CSS pixels: the layout size, shrunk to fit the text block when wider. */
export function figureSize(
  image: Pick<FigureImage, 'widthPx' | 'heightPx'>,
  textWidthTwips: number,
): { readonly width: number; readonly height: number } {
  const maxWidth = (textWidthTwips / TWIPS_PER_PIXEL) * WIDTH_SHARE;
  const width = Math.min(maxWidth, image.widthPx / RENDER_SCALE);
  return { width: Math.round(width), height: Math.round((width * image.heightPx) / image.widthPx) };
}

/** The image paragraph and the caption of a figure. */
export function figureParagraphs(
  figure: ReportFigure,
  image: FigureImage,
  textWidthTwips: number,
): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // An image needs automatic line height; the body's exact 28 pt would crop it.
      spacing: { before: 120, after: 60 },
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: figureSize(image, textWidthTwips),
          altText: { name: figure.caption, title: figure.caption, description: figure.title },
        }),
      ],
    }),
    captionParagraph(figure.caption),
  ];
}
