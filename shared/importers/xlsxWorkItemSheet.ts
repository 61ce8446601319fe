import type { WorkItemListId } from '../domain/ids';
import type { WorkItem } from '../domain/workItem';
import { fail, ok, type Result } from '../lib/result';
import type { SheetGrid } from './xlsxPlanSheetGrid';
import { columnLetter } from './xlsxSheetAccess';
import { WORK_ITEM_COLUMNS } from './xlsxWorkItemColumns';
import { buildItemFromRow } from './xlsxWorkItemRow';

/** Checks that a header row holds exactly our columns; a changed column is named by its cell. */
export function checkItemHeader(grid: SheetGrid, row: number): Result<null> {
  const cells = grid.rows[row] ?? [];
  for (const [index, expected] of WORK_ITEM_COLUMNS.entries()) {
    const found = (cells[index] ?? '').trim();
    if (found !== expected) {
      return fail(
        `第 ${columnLetter(index)} 列的表头应为「${expected}」，实际为「${found}」：模板的列被改动，请用导出的模板填写，不要增删或改名列`,
        {
          file: grid.file,
          sheet: grid.sheet,
          line: row + 1,
          column: columnLetter(index),
          cellText: found,
        },
      );
    }
  }
  return ok(null);
}

/** Reads the item rows below the header; blank rows are skipped, any bad cell fails the whole. */
export function readItemRows(
  grid: SheetGrid,
  firstRow: number,
  listId: WorkItemListId,
): Result<WorkItem[]> {
  const items: WorkItem[] = [];
  for (let row = firstRow; row < grid.rows.length; row += 1) {
    const cells = grid.rows[row] ?? [];
    if (cells.slice(1).every((cell) => cell.trim() === '')) continue;
    const location = { file: grid.file, sheet: grid.sheet, line: row + 1 };
    const item = buildItemFromRow({ cells, location }, listId, items.length + 1);
    if (!item.ok) return item;
    items.push(item.value);
  }
  return ok(items);
}
