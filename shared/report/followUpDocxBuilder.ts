import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FollowUp } from '../domain/followUp';
import { FOLLOW_UP_COLUMNS, followUpRows } from './followUpXlsxBuilder';

const BODY_FONT = { ascii: '仿宋_GB2312', eastAsia: '仿宋_GB2312', hAnsi: '仿宋_GB2312' };
const TITLE_FONT = { ascii: '方正小标宋简体', eastAsia: '方正小标宋简体', hAnsi: '方正小标宋简体' };

/**
 * The 整改任务分工表 as a Word document (issue 13): the title in 小标宋 二号, a table with a header
 * row repeated on every page, body in 仿宋 五号 — the report helper appends the same table.
 */
export async function buildFollowUpDocx(
  title: string,
  rows: readonly FollowUp[],
): Promise<Uint8Array> {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({ children: [new TextRun({ text, bold, font: BODY_FONT, size: 21 })] }),
      ],
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: FOLLOW_UP_COLUMNS.map((c) => cell(c, true)) }),
      ...followUpRows(rows).map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
    ],
  });
  const heading = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: title, font: TITLE_FONT, size: 44 })],
  });
  const document = new Document({ sections: [{ children: [heading, table] }] });
  return Packer.pack(document, 'uint8array');
}
