import { mergeDepartments } from '../../../../shared/domain/departments';
import type { PlanId, WorkItemListId } from '../../../../shared/domain/ids';
import { itemDepartments } from '../../../../shared/domain/workItem';
import type { WorkItemBundle } from '../../../../shared/domain/workItemList';
import type { WorkbenchDb } from '../db';
import type { WorkItemChangeLogRow, WorkItemListRow, WorkItemRow } from '../rows';
import type { WriteContext } from '../writeContext';

/** Change-log actions of whole lists. */
export const LIST_ACTIONS = {
  add: '新建任务清单',
  replace: '重新导入任务清单',
  remove: '删除任务清单',
} as const;

/** Every work-item list, by name. */
export async function listWorkItemLists(db: WorkbenchDb): Promise<WorkItemListRow[]> {
  const lists = await db.workItemLists.toArray();
  return lists.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** The lists that belong to a plan (its 专栏 projects, its task lists). */
export async function listPlanWorkItemLists(
  db: WorkbenchDb,
  planId: PlanId,
): Promise<WorkItemListRow[]> {
  return db.workItemLists.where('planId').equals(planId).toArray();
}

/**
 * The shared department list (issue 13「Model」): every indicator's 责任单位 and every work item's
 * departments, merged by normalised name, in order of first mention.
 */
export async function listKnownDepartments(db: WorkbenchDb): Promise<string[]> {
  const indicators = await db.indicators.toArray();
  const items = await db.workItems.toArray();
  return mergeDepartments(
    ...indicators.map((indicator) => indicator.departments),
    ...items.map(itemDepartments),
  );
}

/** A list's items in list order. */
export async function listWorkItems(
  db: WorkbenchDb,
  listId: WorkItemListId,
): Promise<WorkItemRow[]> {
  const items = await db.workItems.where('listId').equals(listId).toArray();
  return items.sort((a, b) => a.order - b.order);
}

/**
 * Stores an imported or built-in list with its items in one rw transaction, replacing a list of
 * the same id (its progress stays: items keep their ids when their order is unchanged). Any
 * failure leaves the database as it was: nothing of a failed import is saved (issue 13).
 */
export async function putWorkItemBundle(
  db: WorkbenchDb,
  bundle: WorkItemBundle,
  context: WriteContext,
): Promise<void> {
  const at = context.now().toISOString();
  const listId = bundle.list.id;
  await db.transaction('rw', [db.workItemLists, db.workItems, db.workItemChangeLog], async () => {
    const existing = await db.workItemLists.get(listId);
    await db.workItems.where('listId').equals(listId).delete();
    await db.workItemLists.put({
      ...bundle.list,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    });
    await db.workItems.bulkAdd([...bundle.items]);
    const action = existing ? LIST_ACTIONS.replace : LIST_ACTIONS.add;
    const summary = { name: bundle.list.name, items: bundle.items.length };
    await db.workItemChangeLog.add(workLogEntry(context, at, listId, null, action, null, summary));
  });
}

/** Deletes a list with its items, progress and log, and logs what was removed. */
export async function deleteWorkItemList(
  db: WorkbenchDb,
  listId: WorkItemListId,
  context: WriteContext,
): Promise<void> {
  const at = context.now().toISOString();
  const tables = [db.workItemLists, db.workItems, db.workItemProgress, db.workItemChangeLog];
  await db.transaction('rw', tables, async () => {
    const list = await db.workItemLists.get(listId);
    if (!list) return;
    const items = await db.workItems.where('listId').equals(listId).count();
    await db.workItems.where('listId').equals(listId).delete();
    await db.workItemProgress.where('listId').equals(listId).delete();
    await db.workItemChangeLog.where('listId').equals(listId).delete();
    await db.workItemLists.delete(listId);
    const summary = { name: list.name, items };
    await db.workItemChangeLog.add(
      workLogEntry(context, at, listId, null, LIST_ACTIONS.remove, summary, null),
    );
  });
}

/** A work-item change-log row, in the style of the indicators' logEntry. */
export function workLogEntry(
  context: WriteContext,
  at: string,
  listId: WorkItemListId,
  itemId: WorkItemChangeLogRow['itemId'],
  action: string,
  before: unknown,
  after: unknown,
): WorkItemChangeLogRow {
  return {
    id: context.newId(),
    at,
    user: context.user,
    listId,
    itemId,
    action,
    origin: context.origin,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
  };
}
