import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkItemId, WorkItemListId } from '../../../shared/domain/ids';
import { getDb } from './db';
import {
  listItemHistory,
  listListProgress,
  type ProgressChangeEntry,
} from './repositories/workItemProgressRepository';
import {
  listKnownDepartments,
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
