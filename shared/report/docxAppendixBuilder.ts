/**
 * The heading and the notes around the 附表: 「附表」 in 黑体 三号 at the top left, the table's
 * title centred in 方正小标宋简体 小二, and the notes under the table in 仿宋_GB2312 小四, numbered
 * after 「注：」 as the plans print them.
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun } from 'docx';
import { fontRun, FONTS, POINTS, TWIPS_PER_POINT } from './docxStyleBuilder';
import type { ReportTable } from './reportDocument';

/** 「附表1」 (or the label given) and the title. */
export function tableTitleParagraphs(
  table: Pick<ReportTable, 'title'>,
  label = '附表',
  isNewPage = false,
): Paragraph[] {
  return [
    new Paragraph({
      pageBreakBefore: isNewPage,
      spacing: { line: 28 * TWIPS_PER_POINT, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ ...fontRun(FONTS.heading1, POINTS.sanhao), text: label })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 240 },
      children: [new TextRun({ ...fontRun(FONTS.title, POINTS.xiaoer), text: table.title })],
    }),
  ];
}

/** The lines under the report's title (date and meeting, reporter): 楷体_GB2312 三号, centred. */
export function titleBlockParagraphs(lines: readonly string[]): Paragraph[] {
  return lines.map(
    (line, index) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: {
          line: 28 * TWIPS_PER_POINT,
          lineRule: LineRuleType.EXACT,
          after: index === lines.length - 1 ? 28 * TWIPS_PER_POINT : 0,
        },
        children: [new TextRun({ ...fontRun(FONTS.heading2, POINTS.sanhao), text: line })],
      }),
  );
}

/** The notes: 「注：1. …」, then 「2. …」 aligned under the first. */
export function tableNoteParagraphs(table: ReportTable): Paragraph[] {
  const lead = '注：';
  const leadWidth = 2 * POINTS.xiaosi * TWIPS_PER_POINT;
  return table.notes.map(
    (note, index) =>
      new Paragraph({
        indent: { left: leadWidth, hanging: index === 0 ? leadWidth : 0 },
        spacing: {
          before: index === 0 ? 120 : 0,
          line: 18 * TWIPS_PER_POINT,
          lineRule: LineRuleType.EXACT,
        },
        children: [
          new TextRun({
            ...fontRun(FONTS.body, POINTS.xiaosi),
            text: `${index === 0 ? lead : ''}${index + 1}. ${note.trim()}`,
          }),
        ],
      }),
  );
}
