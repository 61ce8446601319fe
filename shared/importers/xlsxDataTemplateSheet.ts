import * as XLSX from 'xlsx';
import { fail, ok } from '../lib/result';
import type { Result, SourceLocation } from '../lib/result';
import { DATA_SHEET_NAME, ID_HEADER } from './xlsxDataTemplateLayout';
import type { TemplateMeta } from './xlsxDataTemplateMeta';
import type {
  TemplateBlock,
  TemplateColumn,
  TemplateQuantityColumn,
  TemplateShape,
} from './xlsxDataTemplateShape';
import { cellAt, cellText, columnLetter, getSheet, sheetRange, textOf } from './xlsxSheetAccess';

/** One input cell as read: its address, header, shown text and SheetJS cell. */
export type TemplateInputCell = {
  /** A1 address, e.g. G5. */
  readonly address: string;
  /** How the column is named, e.g. 2021年增速(%) (version 1: 2021年（填报）). */
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
  readonly blocks: readonly TemplateRowBlock[];
};

/** One period of a row: its quantity cells and its status cell. */
export type TemplateRowBlock = {
  readonly block: TemplateBlock;
  readonly quantities: readonly {
    readonly column: TemplateQuantityColumn;
    readonly cell: TemplateInputCell;
  }[];
  readonly status: TemplateInputCell;
};

const HEADER_SEARCH_ROWS = 10;
const MAX_EXTRA_COLUMNS = 200;

/**
 * Reads the 数据填报 sheet: finds the header, refuses edited, inserted or deleted header columns
 * and merged cells in the table, and returns every non-empty row below the header, each read as
 * it is iterated: only one row's cells are alive at a time, not the 36,000 of a 2,000-row
 * template (they were all kept until compared, and the garbage collector moved them twice).
 */
export function readTemplateRows(
  workbook: XLSX.WorkBook,
  fileName: string,
  meta: TemplateMeta,
): Result<Iterable<TemplateRow>> {
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
  const { shape } = meta;
  const headerRow = findHeaderRow(sheet, Math.min(range.e.r, HEADER_SEARCH_ROWS));
  if (headerRow === null) {
    return fail(`找不到表头：表头应在第 3 行，以「${ID_HEADER}」开头，可能被删除或修改`, where);
  }
  const headerProblem = checkHeaderRows(sheet, headerRow, shape, range.e.c);
  if (headerProblem) return fail(headerProblem.message, { ...where, ...headerProblem.location });
  // Version 2's own header is merged (a period over its columns); the header text check above
  // already refuses a header changed by other merges, so only merges below it are refused.
  const lastHeaderRow = headerRow + shape.headers.length - 1;
  const mergeProblem = checkMerges(sheet, shape.version === 1 ? headerRow : lastHeaderRow + 1);
  if (mergeProblem) return fail(mergeProblem, where);
  const rows = dataRowNumbers(sheet, lastHeaderRow);
  const blocks = letterBlocks(shape.blocks);
  return ok({ [Symbol.iterator]: () => readRows(sheet, rows, blocks) });
}

function* readRows(
  sheet: XLSX.WorkSheet,
  rows: readonly number[],
  blocks: readonly LetteredBlock[],
): Generator<TemplateRow> {
  for (const row of rows) yield readRow(sheet, row, blocks);
}

function checkHeaderRows(
  sheet: XLSX.WorkSheet,
  headerRow: number,
  shape: TemplateShape,
  lastColumn: number,
): { message: string; location: SourceLocation } | null {
  for (const [index, headers] of shape.headers.entries()) {
    const problem = checkHeaders(sheet, headerRow + index, headers, lastColumn);
    if (problem) return problem;
  }
  return null;
}

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
      const wanted = expected === '' ? '空白' : `「${expected}」`;
      return {
        message: `表头被修改：第 ${line} 行 ${letter} 列应为${wanted}，现为${shown}。请使用原模板填报，不要修改表头，也不要插入或删除列`,
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

/** The first merge reaching row `fromRow` (0-based) or below, as a message. */
function checkMerges(sheet: XLSX.WorkSheet, fromRow: number): string | null {
  const merges = sheet['!merges'];
  if (!Array.isArray(merges)) return null;
  const merge = merges.find((range) => range.e.r >= fromRow);
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
    const row = rowOfAddress(key);
    if (row > headerRow) rows.add(row);
  }
  return [...rows].sort((a, b) => a - b);
}

/**
 * The 0-based row of an A1 address (the digits after the letters), as `decode_cell(key).r` gives
 * it for the sheet's own keys, without building a cell reference for each of 30,000 cells.
 */
function rowOfAddress(address: string): number {
  let at = 0;
  while (at < address.length && address.charCodeAt(at) > 0x39) at += 1;
  return Number.parseInt(address.slice(at), 10) - 1;
}

/** A template column with its letter, worked out once per sheet rather than once per cell. */
type LetteredColumn = TemplateColumn & { readonly letter: string };

/** The input columns of each block, lettered. */
type LetteredBlock = {
  readonly block: TemplateBlock;
  readonly quantities: readonly (TemplateQuantityColumn & { readonly letter: string })[];
  readonly status: LetteredColumn;
};

function letterBlocks(blocks: readonly TemplateBlock[]): LetteredBlock[] {
  return blocks.map((block) => ({
    block,
    quantities: block.quantities.map((column) => ({
      ...column,
      letter: columnLetter(column.column),
    })),
    status: { ...block.status, letter: columnLetter(block.status.column) },
  }));
}

function readRow(
  sheet: XLSX.WorkSheet,
  row: number,
  blocks: readonly LetteredBlock[],
): TemplateRow {
  const line = row + 1;
  const rowBlocks: TemplateRowBlock[] = [];
  for (const { block, quantities, status } of blocks) {
    const cells: { column: TemplateQuantityColumn; cell: TemplateInputCell }[] = [];
    for (const column of quantities) cells.push({ column, cell: inputCell(sheet, line, column) });
    rowBlocks.push({ block, quantities: cells, status: inputCell(sheet, line, status) });
  }
  return {
    row: line,
    indicatorId: cellText(sheet, row, 0).trim(),
    name: cellText(sheet, row, 2).trim(),
    blocks: rowBlocks,
  };
}

function inputCell(
  sheet: XLSX.WorkSheet,
  line: number,
  { letter, header }: LetteredColumn,
): TemplateInputCell {
  // One address (letter + row number) and one lookup per cell: its text is read from the cell.
  const address = `${letter}${line}`;
  const cell = cellAt(sheet, address);
  return { address, header, text: textOf(cell), cell };
}
