/**
 * The 主要指标进展情况表 sheet of the report workbook, laid out like the completion tables of the
 * source documents (000 line 150, 002 line 290): a title row, a two-row header whose upper cell
 * 各年实际值 spans one column per year, the category merged down its rows, borders everywhere,
 * the plan's own decimals, the header frozen and repeated on every printed page.
 */
import type { Worksheet } from 'exceljs';
import { verdictColor } from '../domain/verdict';
import { formatYear } from '../lib/formatNumber';
import type { ReportDocument, ReportTableColumn, ReportTableRow } from './reportDocument';
import { reportCellFormat } from './xlsxNumberFormat';
import {
  BODY_FONT,
  CENTRED,
  HEADER_FONT,
  LEFT,
  NOTE_FONT,
  fitRowHeight,
  freezeHeader,
  setPrintLayout,
  writeCell,
  writeTitleRow,
} from './xlsxSheetStyle';
import { columnWidth } from './xlsxColumnWidth';
import { paginateGroups } from './xlsxPageBreaks';

/** A full-width space, as Chinese typesetting separates items and indents notes. */
const IDEOGRAPHIC_SPACE = '\u3000';

/** Rows of the sheet (1-based): title, subtitle, the two header rows, then one row per indicator. */
export const PROGRESS_SHEET_ROWS = { title: 1, subtitle: 2, header: 3, firstBody: 5 } as const;

/**
 * How the sheets' titles name the plan, as the source documents head their tables: 景德镇市“十四五”
 * 规划纲要; empty when the plan has no region or period label.
 */
export function planTableName(report: Pick<ReportDocument, 'plan'>): string {
  const { plan } = report;
  const period = plan.periodLabel.replace(/[“”"]/g, '').trim();
  if (plan.region.trim() === '' || period === '') return '';
  return `${plan.region.trim()}“${period}”规划纲要`;
}

/** Fills the sheet from the report's 附表. */
export function writeProgressSheet(sheet: Worksheet, report: ReportDocument): void {
  const columns = shownColumns(report);
  const width = columns.length;
  writeTitleRow(
    sheet,
    PROGRESS_SHEET_ROWS.title,
    width,
    planTableName(report) + report.table.title,
  );
  writeSubtitle(sheet, report, width);
  writeHeader(sheet, columns);
  report.table.rows.forEach((row, index) =>
    writeBodyRow(sheet, PROGRESS_SHEET_ROWS.firstBody + index, columns, row),
  );
  const tableWidth = columns.reduce((sum, column) => sum + column.width, 0);
  writeNotes(sheet, report.table.notes, PROGRESS_SHEET_ROWS.firstBody + report.table.rows.length, {
    columns: width,
    characters: tableWidth,
  });
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
  });
  freezeHeader(sheet, PROGRESS_SHEET_ROWS.firstBody, nameColumn(columns) + 2);
  const header = [PROGRESS_SHEET_ROWS.header, PROGRESS_SHEET_ROWS.firstBody - 1] as const;
  const scale = setPrintLayout(sheet, {
    repeatRows: header,
    columnWidths: columns.map((column) => column.width),
  });
  const parts = paginateGroups(sheet, {
    groups: categoryGroups(report.table.rows),
    firstPageTop: [PROGRESS_SHEET_ROWS.title, header[1]],
    repeatedRows: header,
    scale,
  });
  // Each part of a category is merged on its own page and carries the name (every row holds it).
  const categoryColumn = columns.findIndex((column) => column.key === 'category') + 1;
  if (categoryColumn > 0) mergeCategories(sheet, categoryColumn, parts);
}

/** A column of the model with where its cells are in the row and how wide it is drawn. */
type ShownColumn = ReportTableColumn & { readonly cellIndex: number; readonly width: number };

/** The model's columns; 类别 is left out when no indicator has one (as 评估分析 does). */
function shownColumns(report: ReportDocument): ShownColumn[] {
  const { columns, rows } = report.table;
  const hasCategories = rows.some((row) => row.category !== '');
  return columns
    .map((column, cellIndex) => ({
      ...column,
      cellIndex,
      width: columnWidth(
        column.key,
        column.label,
        rows.map((row) => row.cells[cellIndex]?.text ?? ''),
      ),
    }))
    .filter((column) => hasCategories || column.key !== 'category');
}

function nameColumn(columns: readonly ShownColumn[]): number {
  return Math.max(
    0,
    columns.findIndex((column) => column.key === 'name'),
  );
}

function writeSubtitle(sheet: Worksheet, report: ReportDocument, width: number): void {
  const row = PROGRESS_SHEET_ROWS.subtitle;
  const data =
    report.dataYear === null ? '暂无实际值数据' : `数据截至${formatYear(report.dataYear)}`;
  sheet.mergeCells(row, 1, row, width);
  writeCell(sheet, row, 1, `评估年份：${formatYear(report.year)}${IDEOGRAPHIC_SPACE}${data}`, {
    font: BODY_FONT,
    alignment: { horizontal: 'center', vertical: 'middle' },
    isBordered: false,
  });
  sheet.getRow(row).height = 20;
}

/** Two header rows: a grouped column's group above its label, the others merged down both rows. */
function writeHeader(sheet: Worksheet, columns: readonly ShownColumn[]): void {
  const top = PROGRESS_SHEET_ROWS.header;
  const look = { font: HEADER_FONT, alignment: CENTRED };
  columns.forEach((column, index) => {
    writeCell(sheet, top, index + 1, column.group ?? column.label, look);
    writeCell(sheet, top + 1, index + 1, column.group === null ? null : column.label, look);
    if (column.group === null) sheet.mergeCells(top, index + 1, top + 1, index + 1);
  });
  for (let start = 0; start < columns.length;) {
    const group = columns[start]?.group ?? null;
    let end = start;
    while (group !== null && columns[end + 1]?.group === group) end += 1;
    if (group !== null && end > start) sheet.mergeCells(top, start + 1, top, end + 1);
    start = end + 1;
  }
  const texts = columns.map((column) => ({ text: column.label, width: column.width }));
  fitRowHeight(sheet, top, [], 20);
  fitRowHeight(sheet, top + 1, texts, 20);
}

function writeBodyRow(
  sheet: Worksheet,
  rowNumber: number,
  columns: readonly ShownColumn[],
  row: ReportTableRow,
): void {
  columns.forEach((column, index) => {
    const cell = row.cells[column.cellIndex];
    if (!cell) return;
    const written = writeCell(sheet, rowNumber, index + 1, cell.value ?? cell.text, {
      alignment: column.key === 'name' ? LEFT : CENTRED,
      numFmt: reportCellFormat(cell),
    });
    if (column.key === 'verdict') {
      // UX.md「One vocabulary, one colour per verdict」: the badge colour of the app and charts.
      const argb = `FF${verdictColor(row.verdict, row.attribute).slice(1).toUpperCase()}`;
      written.font = { ...BODY_FONT, bold: true, color: { argb } };
    }
  });
  fitRowHeight(
    sheet,
    rowNumber,
    columns.map((column) => ({
      text: row.cells[column.cellIndex]?.text ?? '',
      width: column.key === 'category' ? Number.POSITIVE_INFINITY : column.width,
    })),
  );
}

/**
 * The sheet rows of each run of one category (a row without a category is a run of its own), the
 * units that are merged down the 类别 column and kept on one printed page.
 */
function categoryGroups(rows: readonly ReportTableRow[]): (readonly [number, number])[] {
  const groups: (readonly [number, number])[] = [];
  let start = 0;
  for (let index = 1; index <= rows.length; index += 1) {
    const category = rows[start]?.category ?? '';
    if (index < rows.length && category !== '' && rows[index]?.category === category) continue;
    groups.push([PROGRESS_SHEET_ROWS.firstBody + start, PROGRESS_SHEET_ROWS.firstBody + index - 1]);
    start = index;
  }
  return groups;
}

/** Merges each category's rows down the 类别 column. */
function mergeCategories(
  sheet: Worksheet,
  column: number,
  groups: readonly (readonly [number, number])[],
): void {
  for (const [first, last] of groups)
    if (last > first) sheet.mergeCells(first, column, last, column);
}

/** 注：1. … below the table, each note on its own merged row. */
function writeNotes(
  sheet: Worksheet,
  notes: readonly string[],
  firstRow: number,
  width: { readonly columns: number; readonly characters: number },
): void {
  notes.forEach((note, index) => {
    const row = firstRow + index;
    const text = `${index === 0 ? '注：' : IDEOGRAPHIC_SPACE.repeat(2)}${index + 1}. ${note}`;
    sheet.mergeCells(row, 1, row, width.columns);
    writeCell(sheet, row, 1, text, {
      font: NOTE_FONT,
      alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
      isBordered: false,
    });
    fitRowHeight(sheet, row, [{ text, width: width.characters }], 16);
  });
}
