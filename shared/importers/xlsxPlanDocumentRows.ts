import { fail, ok } from '../lib/result';
import type { Problem, Result } from '../lib/result';
import type { RawRow } from './rawTable';
import { isHeaderLine } from './tableHeader';
import { isNotesStart, joinNotesLines, splitNoteItems } from './tableNotes';
import type { ColumnKey, TableColumns } from './xlsxPlanColumns';
import { distinctTexts, gridLocation } from './xlsxPlanSheetGrid';
import type { SheetGrid } from './xlsxPlanSheetGrid';

/** A data row of a sheet table: the RawRow buildIndicator reads, plus the template's own columns. */
export type DocumentRow = {
  readonly raw: RawRow;
  /** 序号 as written, '' when the table has none. */
  readonly order: string;
  readonly direction: string;
  readonly departments: string;
  readonly remarks: string;
};

/** The rows, title and notes of a table found in a sheet. */
export type DocumentTable = {
  readonly title: string;
  readonly rows: readonly DocumentRow[];
  readonly notes: readonly string[];
  /** Rows skipped (no indicator name), as located warnings. */
  readonly skipped: readonly Problem[];
};

const MAIN_CELLS: readonly ColumnKey[] = ['base', 'target', 'growth'];
const COMPLETION_CELLS: readonly ColumnKey[] = [
  'base',
  'actual',
  'target',
  'actualGrowth',
  'growth',
];

/**
 * Reads the rows under the header: blank rows and repeated headers are skipped, a row that is one
 * merged cell is a category heading (when `inheritCategory`), rows from 注：/备注： on are the notes.
 * With `inheritCategory` an empty category cell continues the previous row's category, as in tables
 * that print the category only on a group's first row. A table cell holding an Excel error value
 * (#DIV/0!, #REF! …) is refused with its location.
 */
export function readDocumentRows(
  grid: SheetGrid,
  columns: TableColumns,
  options: { readonly inheritCategory: boolean },
): Result<DocumentTable> {
  const rows: DocumentRow[] = [];
  const skipped: Problem[] = [];
  const noteLines: string[] = [];
  let category = '';
  for (let index = columns.headerEnd + 1; index < grid.rows.length; index += 1) {
    const cells = grid.rows[index] ?? [];
    const texts = distinctTexts(cells);
    if (texts.length === 0) continue;
    if (noteLines.length > 0 || isNotesStart(texts[0] ?? '')) {
      noteLines.push(texts.join(' '));
      continue;
    }
    if (isHeaderLine(texts.join(' '))) continue;
    if (isHeadingRow(cells, texts)) {
      if (options.inheritCategory) category = (texts[0] ?? '').trim();
      continue;
    }
    const error = errorCellProblem(grid, index);
    if (error) return error;
    const row = readRow(grid, columns, index, options.inheritCategory ? category : '');
    if (row.raw.rawName === '') {
      skipped.push({
        message: '该行没有指标名称，已跳过',
        location: { ...gridLocation(grid, index), cellText: texts.join(' ') },
      });
      continue;
    }
    category = row.raw.category;
    rows.push(row);
  }
  return ok({
    title: readTitle(grid, columns.headerStart),
    rows,
    notes: noteLines.length > 0 ? splitNoteItems(joinNotesLines(noteLines)) : [],
    skipped,
  });
}

/** A row that is one merged cell across the table (一、经济发展): a category heading. */
function isHeadingRow(cells: readonly string[], texts: readonly string[]): boolean {
  return texts.length === 1 && cells.filter((text) => text !== '').length > 2;
}

function readRow(
  grid: SheetGrid,
  columns: TableColumns,
  index: number,
  previousCategory: string,
): DocumentRow {
  const cells = grid.rows[index] ?? [];
  const cell = (key: ColumnKey) => cells[columns.columns.get(key)?.[0] ?? -1] ?? '';
  const nameParts = distinctTexts((columns.columns.get('name') ?? []).map((c) => cells[c] ?? ''));
  const category = cell('category').trim();
  const valueKeys = columns.kind === 'main' ? MAIN_CELLS : COMPLETION_CELLS;
  return {
    raw: {
      line: index + 1,
      category: category === '' ? previousCategory : category,
      rawName: nameParts.map((part) => part.trim()).join('/'),
      cells: valueKeys.map(cell),
      attribute: cell('attribute'),
      verdict: cell('verdict'),
      warnings: [],
    },
    order: cell('order').trim(),
    direction: cell('direction').trim(),
    departments: cell('departments'),
    remarks: cell('remarks').trim(),
  };
}

function errorCellProblem(grid: SheetGrid, row: number): Result<never> | null {
  const cell = grid.errorCells.find((errorCell) => errorCell.row === row);
  if (!cell) return null;
  return fail(
    `单元格是 Excel 错误值「${cell.text}」（公式出错），请在 Excel 中修正公式或改为数值后再导入`,
    gridLocation(grid, row, cell.column),
  );
}

function readTitle(grid: SheetGrid, headerStart: number): string {
  for (let index = headerStart - 1; index >= 0; index -= 1) {
    const texts = distinctTexts(grid.rows[index] ?? []);
    if (texts.length > 0) return texts.join(' ').replace(/\s+/g, ' ').trim();
  }
  return '';
}
