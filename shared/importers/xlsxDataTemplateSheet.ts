import * as XLSX from 'xlsx';
import { fail, ok } from '../lib/result';
import type { Result, SourceLocation } from '../lib/result';
import {
  DATA_SHEET_NAME,
  ID_HEADER,
  statusHeader,
  templateHeaders,
  valueColumn,
  valueHeader,
} from './xlsxDataTemplateLayout';
import type { TemplateMeta } from './xlsxDataTemplateMeta';
import { cellAt, cellText, columnLetter, getSheet, sheetRange, textOf } from './xlsxSheetAccess';

/** One input cell as read: its address, header, shown text and SheetJS cell. */
export type TemplateInputCell = {
  /** A1 address, e.g. G5. */
  readonly address: string;
  /** The column's header, e.g. 2021年（填报）. */
  readonly header: string;
  readonly text: string;
  readonly cell: XLSX.CellObject | undefined;
};

/** One indicator row of the filled template. */
export type TemplateRow = {
  /** 1-based row number as Excel shows it. */
  readonly row: number;
  readonly indicatorId: string;
  readonly name: string;
  readonly years: readonly {
    readonly year: number;
    readonly value: TemplateInputCell;
    readonly status: TemplateInputCell;
  }[];
};

const HEADER_SEARCH_ROWS = 10;
const MAX_EXTRA_COLUMNS = 200;

/**
 * Reads the 数据填报 sheet: finds the header, refuses edited, inserted or deleted header columns
 * and merged cells in the table, and returns every non-empty row below the header.
 */
export function readTemplateRows(
  workbook: XLSX.WorkBook,
  fileName: string,
  meta: TemplateMeta,
): Result<TemplateRow[]> {
  const where: SourceLocation = { file: fileName, sheet: DATA_SHEET_NAME };
  const sheet = getSheet(workbook, DATA_SHEET_NAME);
  const range = sheet ? sheetRange(sheet) : null;
  if (!sheet || !range) {
    const names = workbook.SheetNames.map((name) => `「${name}」`).join('、');
    return fail(
      `找不到「${DATA_SHEET_NAME}」工作表（现有工作表：${names}），工作表可能被改名或删除`,
      {
        file: fileName,
      },
    );
  }
  const headers = templateHeaders(meta.baseYear, meta.years);
  const headerRow = findHeaderRow(sheet, Math.min(range.e.r, HEADER_SEARCH_ROWS));
  if (headerRow === null) {
    return fail(`找不到表头：表头应在第 3 行，以「${ID_HEADER}」开头，可能被删除或修改`, where);
  }
  const headerProblem = checkHeaders(sheet, headerRow, headers, range.e.c);
  if (headerProblem) return fail(headerProblem.message, { ...where, ...headerProblem.location });
  const mergeProblem = checkMerges(sheet, headerRow);
  if (mergeProblem) return fail(mergeProblem, where);
  // The years' columns and headers once, not once per row (a template has thousands of rows).
  const columns = meta.years.map((year, index) => ({
    year,
    column: valueColumn(index),
    valueHeader: valueHeader(year),
    statusHeader: statusHeader(year),
  }));
  return ok(dataRowNumbers(sheet, headerRow).map((row) => readRow(sheet, row, columns)));
}

/** A year's value column (its status is the next one) and both headers. */
type YearColumns = {
  readonly year: number;
  readonly column: number;
  readonly valueHeader: string;
  readonly statusHeader: string;
};

function findHeaderRow(sheet: XLSX.WorkSheet, lastRow: number): number | null {
  for (let row = 0; row <= lastRow; row += 1) {
    for (let column = 0; column < 6; column += 1) {
      const text = cellText(sheet, row, column).trim();
      if (text === ID_HEADER || text === '指标名称') return row;
    }
  }
  return null;
}

function checkHeaders(
  sheet: XLSX.WorkSheet,
  row: number,
  headers: readonly string[],
  lastColumn: number,
): { message: string; location: SourceLocation } | null {
  const line = row + 1;
  for (let column = 0; column < headers.length; column += 1) {
    const actual = cellText(sheet, row, column).trim();
    const expected = headers[column] ?? '';
    if (actual !== expected) {
      const letter = columnLetter(column);
      const shown = actual === '' ? '空白' : `「${actual}」`;
      return {
        message: `表头被修改：第 ${line} 行 ${letter} 列应为「${expected}」，现为${shown}。请使用原模板填报，不要修改表头，也不要插入或删除列`,
        location: { line, column: letter, cellText: actual },
      };
    }
  }
  for (
    let column = headers.length;
    column <= Math.min(lastColumn, MAX_EXTRA_COLUMNS);
    column += 1
  ) {
    const extra = cellText(sheet, row, column).trim();
    if (extra !== '') {
      const letter = columnLetter(column);
      return {
        message: `表头多出一列：第 ${line} 行 ${letter} 列「${extra}」不是模板中的列。请使用原模板填报，不要插入列`,
        location: { line, column: letter, cellText: extra },
      };
    }
  }
  return null;
}

function checkMerges(sheet: XLSX.WorkSheet, headerRow: number): string | null {
  const merges = sheet['!merges'];
  if (!Array.isArray(merges)) return null;
  const merge = merges.find((range) => range.e.r >= headerRow);
  if (!merge) return null;
  const rows =
    merge.s.r === merge.e.r ? `第 ${merge.s.r + 1} 行` : `第 ${merge.s.r + 1}—${merge.e.r + 1} 行`;
  return `${rows}有合并单元格（${XLSX.utils.encode_range(merge)}），合并会使数据对不上指标。请取消合并，并确认没有删除或移动行后再导入`;
}

/** 0-based rows below the header holding at least one cell, from the sheet's own cell keys. */
function dataRowNumbers(sheet: XLSX.WorkSheet, headerRow: number): number[] {
  const rows = new Set<number>();
  for (const key of Object.keys(sheet)) {
    if (key.startsWith('!')) continue;
    const row = XLSX.utils.decode_cell(key).r;
    if (row > headerRow) rows.add(row);
  }
  return [...rows].sort((a, b) => a - b);
}

function readRow(sheet: XLSX.WorkSheet, row: number, years: readonly YearColumns[]): TemplateRow {
  return {
    row: row + 1,
    indicatorId: cellText(sheet, row, 0).trim(),
    name: cellText(sheet, row, 2).trim(),
    years: years.map((year) => ({
      year: year.year,
      value: inputCell(sheet, row, year.column, year.valueHeader),
      status: inputCell(sheet, row, year.column + 1, year.statusHeader),
    })),
  };
}

/** One address and one lookup per cell: its text is read from the cell found. */
function inputCell(
  sheet: XLSX.WorkSheet,
  row: number,
  column: number,
  header: string,
): TemplateInputCell {
  const address = XLSX.utils.encode_cell({ r: row, c: column });
  const cell = cellAt(sheet, address);
  return { address, header, text: textOf(cell), cell };
}
