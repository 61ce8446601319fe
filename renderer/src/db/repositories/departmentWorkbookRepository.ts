import type { PlanId, WorkItemListId } from '../../../../shared/domain/ids';
import type { ItemProgressWrite } from '../../../../shared/importers/xlsxDepartmentItemsImport';
import type { WorkbenchDb } from '../db';
import type { WriteContext } from '../writeContext';
import { putActualValues, type ValueChange } from './actualValuesRepository';
import { putProgress } from './workItemProgressRepository';

/**
 * Applies a department workbook at once (issue 13): its indicator values and its items' progress
 * in ONE rw transaction, so a refused item (another list, bad content) leaves the values unwritten
 * too. The two writers' own transactions nest inside this one.
 */
export async function applyDepartmentWorkbook(
  db: WorkbenchDb,
  planId: PlanId,
  values: readonly ValueChange[],
  items: readonly ItemProgressWrite[],
  context: WriteContext,
): Promise<{ values: number; items: number }> {
  const byList = new Map<WorkItemListId, ItemProgressWrite[]>();
  for (const write of items) byList.set(write.listId, [...(byList.get(write.listId) ?? []), write]);
  const tables = [
    db.indicators,
    db.actualValues,
    db.changeLog,
    db.workItems,
    db.workItemProgress,
    db.workItemChangeLog,
  ];
  return db.transaction('rw', tables, async () => {
    // Check every item before the first write, so a refused row leaves the values unwritten.
    for (const [listId, writes] of byList) {
      const ofList = new Set<string>(
        await db.workItems.where('listId').equals(listId).primaryKeys(),
      );
      const foreign = writes.find((write) => !ofList.has(write.itemId));
      if (foreign) throw new Error(`任务「${foreign.itemId}」不属于当前清单，未做任何修改。`);
    }
    const written = await putActualValues(db, planId, values, context);
    let itemCount = 0;
    for (const [listId, writes] of byList) {
      const changes = writes.map(({ itemId, year, span, next }) => ({ itemId, year, span, next }));
      itemCount += (await putProgress(db, listId, changes, context)).length;
    }
    return { values: written.length, items: itemCount };
  });
}
