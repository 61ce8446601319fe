/**
 * The 附表 as a real Word table (issue 6): a header of one or two rows (各年实际值 spanning the
 * years) repeated on every page, categories merged down their rows as in the source documents'
 * tables, single borders, 仿宋_GB2312 五号 so twelve columns fit a landscape page.
 */
import type { ITableCellOptions } from 'docx';
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
import type { ReportTable, ReportTableColumn } from './reportDocument';
import { columnWidths } from './tableColumnWidths';
import { fontRun, FONTS, POINTS } from './docxStyleBuilder';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const CELL_MARGINS = { top: 30, bottom: 30, left: 60, right: 60 };
/** Cell lines at an exact 14 pt keep wrapped names compact (五号 is 10.5 pt). */
const CELL_LINE = { line: 14 * 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** Builds the table, `totalTwips` wide. */
export function progressTableDocx(table: ReportTable, totalTwips: number): Table {
  const widths = columnWidths(table, totalTwips);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { ...BORDERS, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [...headerRows(table.columns, widths), ...bodyRows(table, widths)],
  });
}

function cellParagraph(text: string, isHeader: boolean, isLeft = false): Paragraph {
  return new Paragraph({
    alignment: isLeft ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: CELL_LINE,
    children: [
      new TextRun({
        ...fontRun(isHeader ? FONTS.heading1 : FONTS.body, POINTS.wuhao),
        text,
      }),
    ],
  });
}

function cell(text: string, width: number, options: Partial<ITableCellOptions> = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    borders: BORDERS,
    children: [cellParagraph(text, true)],
    ...options,
  });
}

/** One header row, or two when some columns form a group (各年实际值 over 2021年, 2022年). */
function headerRows(columns: readonly ReportTableColumn[], widths: readonly number[]): TableRow[] {
  const hasGroups = columns.some((column) => column.group !== null);
  if (!hasGroups) {
    const cells = columns.map((column, index) => cell(column.label, widths[index] ?? 0));
    return [new TableRow({ tableHeader: true, cantSplit: true, children: cells })];
  }
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  columns.forEach((column, index) => {
    const width = widths[index] ?? 0;
    if (column.group === null) {
      top.push(cell(column.label, width, { rowSpan: 2 }));
      return;
    }
    bottom.push(cell(column.label, width));
    if (columns[index - 1]?.group === column.group) return;
    const span = spanOf(columns, index);
    const spanWidth = widths.slice(index, index + span).reduce((a, b) => a + b, 0);
    top.push(cell(column.group, spanWidth, { columnSpan: span }));
  });
  return [
    new TableRow({ tableHeader: true, cantSplit: true, children: top }),
    new TableRow({ tableHeader: true, cantSplit: true, children: bottom }),
  ];
}

function spanOf(columns: readonly ReportTableColumn[], start: number): number {
  let end = start;
  while (columns[end + 1]?.group === columns[start]?.group) end += 1;
  return end - start + 1;
}

/** Body rows; the category column (when present) is merged down each run of equal categories. */
function bodyRows(table: ReportTable, widths: readonly number[]): TableRow[] {
  const categoryIndex = table.columns.findIndex((column) => column.key === 'category');
  const nameIndex = table.columns.findIndex((column) => column.key === 'name');
  return table.rows.map((row, rowIndex) => {
    const children: TableCell[] = [];
    row.cells.forEach((value, index) => {
      const width = widths[index] ?? 0;
      if (index === categoryIndex) {
        if (table.rows[rowIndex - 1]?.category === row.category && rowIndex > 0) return;
        const span = categoryRun(table, rowIndex);
        children.push(bodyCell(value.text, width, false, span));
        return;
      }
      children.push(bodyCell(value.text, width, index === nameIndex));
    });
    return new TableRow({ cantSplit: true, children });
  });
}

function bodyCell(text: string, width: number, isLeft: boolean, rowSpan = 1): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    borders: BORDERS,
    ...(rowSpan > 1 ? { rowSpan } : {}),
    children: [cellParagraph(text, false, isLeft)],
  });
}

function categoryRun(table: ReportTable, start: number): number {
  let end = start;
  while (table.rows[end + 1]?.category === table.rows[start]?.category) end += 1;
  return end - start + 1;
}
