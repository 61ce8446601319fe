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
import { fontRun, FONTS, POINTS } from './docxStyleBuilder';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const CELL_MARGINS = { top: 30, bottom: 30, left: 60, right: 60 };
/** Cell lines at an exact 14 pt keep wrapped names compact (五号 is 10.5 pt). */
const CELL_LINE = { line: 14 * 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** Twips of one CJK character at 五号 (10.5 pt); digits and Latin letters take about 0.62 of it. */
const CHAR_TWIPS = POINTS.wuhao * 20;
const PADDING_TWIPS = CELL_MARGINS.left + CELL_MARGINS.right + 80;
/** No column but the name is made wider than four and a half characters: long texts wrap. */
const MAX_COLUMN_TWIPS = Math.ceil(4.5 * CHAR_TWIPS) + PADDING_TWIPS;
/** The indicator name takes what the other columns leave, but never less than eight characters. */
const MIN_NAME_TWIPS = 8 * CHAR_TWIPS + PADDING_TWIPS;

/** Printed width of a text in twips at 五号. */
export function textTwips(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2e80 ? 0.62 : 1;
  return Math.ceil(width * CHAR_TWIPS);
}

/**
 * Column widths in twips summing to `totalTwips`: each column as wide as its widest cell (its
 * header may wrap onto two lines) up to four and a half characters, the indicator name taking the
 * rest; when that is too little, the other columns give way in proportion.
 */
export function columnWidths(table: ReportTable, totalTwips: number): number[] {
  const nameIndex = table.columns.findIndex((column) => column.key === 'name');
  const natural = table.columns.map((column, index) => {
    const cells = table.rows.map((row) => textTwips(row.cells[index]?.text ?? ''));
    // Headers of up to four characters stay on one line (时间进度, 2021年); longer ones wrap once.
    const label = textTwips(column.label);
    const header = label <= 4 * CHAR_TWIPS ? label : Math.ceil(label / 2);
    return Math.min(MAX_COLUMN_TWIPS, Math.max(header, ...cells) + PADDING_TWIPS);
  });
  const others = natural.reduce(
    (sum, width, index) => (index === nameIndex ? sum : sum + width),
    0,
  );
  const nameWidth = nameIndex < 0 ? 0 : Math.max(MIN_NAME_TWIPS, totalTwips - others);
  const scale = Math.min(1, (totalTwips - nameWidth) / Math.max(1, others));
  const widths = natural.map((width, index) =>
    index === nameIndex ? nameWidth : Math.floor(width * scale),
  );
  const spare = totalTwips - widths.reduce((a, b) => a + b, 0);
  // Whatever rounding or a short name column leaves goes to the name (or the last column).
  const receiver = nameIndex < 0 ? widths.length - 1 : nameIndex;
  widths[receiver] = (widths[receiver] ?? 0) + spare;
  return widths;
}

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
