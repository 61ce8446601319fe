/**
 * A plain appendix table in Word (整改任务分工表): one header row repeated on every page, 仿宋_GB2312
 * 五号, single borders; short columns as wide as their longest text so they never wrap, the
 * widest column taking the rest of the page.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { fontRun, FONTS, POINTS } from './docxStyleBuilder';
import type { ReportListTable } from './reportDocument';
import { PADDING_TWIPS, textTwips } from './tableColumnWidths';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const CELL_LINE = { line: 14 * 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** A column wider than this share of the page wraps; the widest one takes what is left. */
const MAX_SHARE = 0.3;

/** Widths in twips summing to `totalTwips`. */
export function listColumnWidths(table: ReportListTable, totalTwips: number): number[] {
  const natural = table.columns.map(
    (column, index) =>
      Math.max(textTwips(column.label), ...table.rows.map((row) => textTwips(row[index] ?? ''))) +
      PADDING_TWIPS,
  );
  const widest = natural.indexOf(Math.max(...natural));
  const widths = natural.map((width, index) =>
    index === widest ? 0 : Math.min(width, Math.floor(totalTwips * MAX_SHARE)),
  );
  widths[widest] = totalTwips - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** Builds the table, `totalTwips` wide. */
export function listTableDocx(table: ReportListTable, totalTwips: number): Table {
  const widths = listColumnWidths(table, totalTwips);
  const row = (texts: readonly string[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: texts.map((text, index) =>
        cell(text, widths[index] ?? 0, isHeader, !isHeader && (widths[index] ?? 0) > 3000),
      ),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: totalTwips, type: WidthType.DXA },
    columnWidths: widths,
    borders: { ...BORDERS, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [
      row(
        table.columns.map((column) => column.label),
        true,
      ),
      ...table.rows.map((r) => row(r, false)),
    ],
  });
}

function cell(text: string, width: number, isHeader: boolean, isLeft: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    borders: BORDERS,
    children: [
      new Paragraph({
        alignment: isLeft ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: CELL_LINE,
        children: [
          new TextRun({ ...fontRun(isHeader ? FONTS.heading1 : FONTS.body, POINTS.wuhao), text }),
        ],
      }),
    ],
  });
}
