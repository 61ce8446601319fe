import * as XLSX from 'xlsx';
import { fail, ok } from '../lib/result';
import type { Result, SourceLocation } from '../lib/result';
import { columnLetter } from './xlsxSheetAccess';

/** Most rows and columns read from one sheet: plan tables have tens of rows and about ten columns. */
export const MAX_GRID_ROWS = 5000;
export const MAX_GRID_COLUMNS = 200;

/** A cell holding an Excel error value (#DIV/0!, #REF! …), kept so a table using it can refuse it. */
export type ErrorCell = { readonly row: number; readonly column: number; readonly text: string };

/**
 * A sheet as cell texts: `rows[r][c]` is the text of the 0-based cell, '' when empty; every cell of a
 * merged area holds the text of the area's top-left cell (a merged 类别 applies to each row it spans).
 */
export type SheetGrid = {
  readonly file: string;
  readonly sheet: string;
  readonly rows: readonly (readonly string[])[];
  readonly errorCells: readonly ErrorCell[];
};

/**
 * Reads a sheet into a SheetGrid. Only the cells present are visited (a sheet whose range claims
 * a million rows costs nothing), merged areas are clipped to the cells present, and a sheet with
 * content beyond MAX_GRID_ROWS × MAX_GRID_COLUMNS is refused with its location.
 */
export function readSheetGrid(
  sheet: XLSX.WorkSheet,
  file: string,
  name: string,
): Result<SheetGrid> {
  const cells: { row: number; column: number; text: string }[] = [];
  const errorCells: ErrorCell[] = [];
  let height = 0;
  let width = 0;
  for (const address of Object.keys(sheet)) {
    if (address.startsWith('!')) continue;
    const { r: row, c: column } = XLSX.utils.decode_cell(address);
    if (!(row >= 0 && column >= 0)) continue;
    const read = readCell(sheet[address] as XLSX.CellObject);
    if (read.text === '') continue;
    if (row >= MAX_GRID_ROWS || column >= MAX_GRID_COLUMNS) {
      return fail(
        `工作表内容超出 ${MAX_GRID_ROWS} 行或 ${MAX_GRID_COLUMNS} 列，不像是规划指标表，请只保留指标表后再导入`,
        {
          file,
          sheet: name,
          line: row + 1,
          column: columnLetter(column),
          cellText: read.text,
        },
      );
    }
    if (read.isError) errorCells.push({ row, column, text: read.text });
    cells.push({ row, column, text: read.text });
    height = Math.max(height, row + 1);
    width = Math.max(width, column + 1);
  }
  const rows = Array.from({ length: height }, () => new Array<string>(width).fill(''));
  for (const cell of cells) (rows[cell.row] as string[])[cell.column] = cell.text;
  fillMerges(rows, sheet['!merges'], height, width);
  return ok({ file, sheet: name, rows, errorCells });
}

function fillMerges(
  rows: string[][],
  merges: readonly XLSX.Range[] | undefined,
  height: number,
  width: number,
): void {
  if (!Array.isArray(merges)) return;
  for (const merge of merges) {
    const text = rows[merge.s.r]?.[merge.s.c] ?? '';
    if (text === '') continue;
    const lastRow = Math.min(merge.e.r, height - 1);
    const lastColumn = Math.min(merge.e.c, width - 1);
    for (let row = Math.max(merge.s.r, 0); row <= lastRow; row += 1) {
      const cells = rows[row] as string[];
      for (let column = Math.max(merge.s.c, 0); column <= lastColumn; column += 1) {
        cells[column] = text;
      }
    }
  }
}

/**
 * The text of a cell as the plan means it. Text is kept as written. A number in General format is
 * written out in full (957.14 stays 957.14, float noise of a cached formula result is rounded to 15
 * digits); a number with a format is kept as Excel shows it (`7.0%`). Formula cells give their cached
 * value (SheetJS is asked not to read formulas, and never evaluates them).
 */
export function readCell(cell: XLSX.CellObject | undefined): { text: string; isError: boolean } {
  if (!cell || cell.v === undefined || cell.v === null) return { text: '', isError: false };
  switch (cell.t) {
    case 'n': {
      const value = cell.v as number;
      const isGeneral = cell.z === undefined || cell.z === 'General';
      const text = isGeneral || typeof cell.w !== 'string' ? generalNumber(value) : cell.w;
      return { text, isError: false };
    }
    case 'b':
      return { text: cell.v ? 'TRUE' : 'FALSE', isError: false };
    case 'e':
      return { text: typeof cell.w === 'string' ? cell.w : '#错误', isError: true };
    case 'd':
      return { text: typeof cell.w === 'string' ? cell.w : String(cell.v), isError: false };
    default:
      return { text: String(cell.v), isError: false };
  }
}

function generalNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : String(value);
}

/** The location of a 0-based grid cell, with the column named by its header when known. */
export function gridLocation(
  grid: SheetGrid,
  row: number,
  column?: number,
  columnName?: string,
): SourceLocation {
  const location: SourceLocation = { file: grid.file, sheet: grid.sheet, line: row + 1 };
  if (column === undefined) return location;
  return {
    ...location,
    column: columnName ?? columnLetter(column),
    cellText: grid.rows[row]?.[column] ?? '',
  };
}

/** The non-empty texts of a row, each once, in column order. */
export function distinctTexts(row: readonly string[]): string[] {
  const seen: string[] = [];
  for (const text of row) if (text.trim() !== '' && !seen.includes(text)) seen.push(text);
  return seen;
}
