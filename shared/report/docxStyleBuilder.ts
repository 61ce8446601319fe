/**
 * The GB/T 9704-2012 look of the Word report (UX.md「Documents」): fonts, sizes, line spacing and
 * the paragraph kinds built from them. Font names are the standard ones even where a PC lacks
 * them (Word substitutes), and are set for East Asian text, not only for ASCII.
 */
import type { IRunOptions } from 'docx';
import { AlignmentType, LineRuleType, Paragraph, TextRun } from 'docx';

/** The standard fonts of official documents. */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Sizes in points: 二号 22, 小二 18, 三号 16, 四号 14, 小四 12, 五号 10.5. */
export const POINTS = { erhao: 22, xiaoer: 18, sanhao: 16, sihao: 14, xiaosi: 12, wuhao: 10.5 };

/** Twips per point and per millimetre (Word measures pages and spacing in twips). */
export const TWIPS_PER_POINT = 20;
export const TWIPS_PER_MM = 1440 / 25.4;

/** A4 in twips, and the margins of GB/T 9704-2012: 37 / 35 / 28 / 26 mm. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: {
    top: mm(37),
    bottom: mm(35),
    left: mm(28),
    right: mm(26),
    // The page number's dashes sit 7 mm below the text block: about 23 mm above the page edge.
    footer: mm(23),
    header: mm(15),
  },
} as const;

/** Body lines are fixed at 28 pt: 22 lines on a page of GB/T 9704's text block. */
export const BODY_LINE_TWIPS = 28 * TWIPS_PER_POINT;

/** Millimetres to whole twips. */
export function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

/** Run options of a font at a size: the name set for ASCII, East Asian and other text alike. */
export function fontRun(font: string, points: number, extra: IRunOptions = {}): IRunOptions {
  return {
    font: { ascii: font, eastAsia: font, hAnsi: font, cs: font },
    size: Math.round(points * 2),
    ...extra,
  };
}

const exactLine = (points: number) => ({
  line: points * TWIPS_PER_POINT,
  lineRule: LineRuleType.EXACT,
  before: 0,
  after: 0,
});

/** Two characters of 三号 as the first-line indent (GB/T 9704: 首行缩进2字). */
const INDENT_TWO_CHARS = { firstLine: 2 * POINTS.sanhao * TWIPS_PER_POINT, firstLineChars: 200 };

/** The title: 方正小标宋简体 二号, centred, one paragraph per line given. */
export function titleParagraph(lines: readonly string[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...exactLine(35), after: BODY_LINE_TWIPS },
    children: lines.map(
      (line, index) =>
        new TextRun({
          ...fontRun(FONTS.title, POINTS.erhao),
          text: line,
          break: index > 0 ? 1 : 0,
        }),
    ),
  });
}

/** A body paragraph: 仿宋_GB2312 三号, justified, indented two characters, 28 pt lines. */
export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: INDENT_TWO_CHARS,
    spacing: exactLine(28),
    children: [new TextRun({ ...fontRun(FONTS.body, POINTS.sanhao), text })],
  });
}

/** A first-level heading (一、总体评价): 黑体 三号, indented like the body, kept with the next. */
export function heading1Paragraph(text: string): Paragraph {
  return new Paragraph({
    indent: INDENT_TWO_CHARS,
    spacing: exactLine(28),
    keepNext: true,
    children: [new TextRun({ ...fontRun(FONTS.heading1, POINTS.sanhao), text })],
  });
}

/** A second-level heading (（一）综合质效): 楷体_GB2312 三号, indented, kept with the next. */
export function heading2Paragraph(text: string): Paragraph {
  return new Paragraph({
    indent: INDENT_TWO_CHARS,
    spacing: exactLine(28),
    keepNext: true,
    children: [new TextRun({ ...fontRun(FONTS.heading2, POINTS.sanhao), text })],
  });
}

/** A figure caption under its image (图1 …): 黑体 四号, centred. */
export function captionParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...exactLine(28), after: 10 * TWIPS_PER_POINT },
    children: [new TextRun({ ...fontRun(FONTS.heading1, POINTS.sihao), text })],
  });
}
