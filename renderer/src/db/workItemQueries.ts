import { useLiveQuery } from 'dexie-react-hooks';
import type { FollowUp } from '../../../shared/domain/followUp';
import type { PlanId, WorkItemId, WorkItemListId } from '../../../shared/domain/ids';
import type { DepartmentItemSource } from '../../../shared/importers/xlsxDepartmentItemsBuild';
import { getDb } from './db';
import { listFollowUps } from './repositories/followUpsRepository';
import {
  listItemHistory,
  listListProgress,
  type ProgressChangeEntry,
} from './repositories/workItemProgressRepository';
import {
  listKnownDepartments,
  listPlanWorkItemLists,
  listWorkItemLists,
  listWorkItems,
} from './repositories/workItemsRepository';
import type { WorkItemListRow, WorkItemProgressRow, WorkItemRow } from './rows';

/** Live work-item lists by name; undefined while loading. */
export function useLiveWorkItemLists(): WorkItemListRow[] | undefined {
  return useLiveQuery(() => listWorkItemLists(getDb()), []);
}

/** Live items of a list in order; undefined while loading. */
export function useLiveWorkItems(listId: WorkItemListId | null): WorkItemRow[] | undefined {
  return useLiveQuery(async () => (listId ? listWorkItems(getDb(), listId) : []), [listId]);
}

/** Live progress records of a list; undefined while loading. */
export function useLiveListProgress(
  listId: WorkItemListId | null,
): WorkItemProgressRow[] | undefined {
  return useLiveQuery(async () => (listId ? listListProgress(getDb(), listId) : []), [listId]);
}

/** Live progress history of one item, newest first; undefined while loading. */
export function useLiveItemHistory(itemId: WorkItemId | null): ProgressChangeEntry[] | undefined {
  return useLiveQuery(async () => (itemId ? listItemHistory(getDb(), itemId) : []), [itemId]);
}

/** Live shared department list (indicators' 责任单位 and items' departments); undefined while loading. */
export function useLiveKnownDepartments(): string[] | undefined {
  return useLiveQuery(() => listKnownDepartments(getDb()), []);
}

/** A plan's work items (all its lists) with their progress: what its departments report. */
export type PlanWorkItems = {
  readonly sources: readonly DepartmentItemSource[];
  readonly progress: readonly WorkItemProgressRow[];
};

/** Live work items and progress of the lists that belong to a plan; undefined while loading. */
export function useLivePlanWorkItems(planId: PlanId | null): PlanWorkItems | undefined {
  return useLiveQuery(async () => {
    if (!planId) return { sources: [], progress: [] };
    const db = getDb();
    const lists = await listPlanWorkItemLists(db, planId);
    lists.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    const sources = await Promise.all(
      lists.map(async (list) => ({
        listId: list.id,
        listName: list.name,
        items: await listWorkItems(db, list.id),
      })),
    );
    const progress = (await Promise.all(lists.map((l) => listListProgress(db, l.id)))).flat();
    return { sources, progress };
  }, [planId]);
}

/** Live stored 整改任务分工表 rows of a scope and year; undefined while loading. */
export function useLiveFollowUps(scopeId: string, year: number): FollowUp[] | undefined {
  return useLiveQuery(() => listFollowUps(getDb(), scopeId, year), [scopeId, year]);
}
