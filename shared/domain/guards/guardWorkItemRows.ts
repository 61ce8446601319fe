import { WORK_ITEM_KINDS } from '../workItem';
import { PROGRESS_SPANS, PROGRESS_STATUSES } from '../workItemProgress';
import {
  asFields,
  checkId,
  checkInteger,
  checkList,
  checkObject,
  checkOneOf,
  checkText,
  checkTextOrNull,
  checkYear,
  LONG_TEXT_MAX,
  notAnObject,
} from './guardCore';
import type { Fields, GuardIssue } from './guardCore';
import { guardChangeLogRow } from './guardChangeLogRow';

// The work items of issue 13 (storedRows.ts): the members every reader of them relies on, with
// years and orders bounded like the plan's rows. Nested members are objects of their own shape.
const anyObject = (): GuardIssue | null => null;
const anyItem = (item: unknown): GuardIssue | null =>
  typeof item === 'object' && item !== null ? null : notAnObject(item);

/** Guard of a WorkItemListRow. */
export function guardWorkItemListRow(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  return (
    checkId(row, 'id') ??
    checkText(row, 'name') ??
    checkText(row, 'region') ??
    checkTextOrNull(row, 'planId') ??
    checkYear(row, 'startYear') ??
    checkYear(row, 'endYear') ??
    checkYearOrder(row) ??
    checkObject(row, 'origin', anyObject) ??
    checkText(row, 'createdAt') ??
    checkText(row, 'updatedAt')
  );
}

/** Guard of a WorkItemRow. */
export function guardWorkItemRow(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  return (
    checkId(row, 'id') ??
    checkId(row, 'listId') ??
    checkInteger(row, 'order', 0, 100_000) ??
    checkText(row, 'number') ??
    checkOneOf(row, 'kind', WORK_ITEM_KINDS) ??
    checkObject(row, 'place', anyObject) ??
    checkText(row, 'title', LONG_TEXT_MAX) ??
    checkText(row, 'text', LONG_TEXT_MAX) ??
    checkList(row, 'responsibilities', anyItem) ??
    checkList(row, 'deadlines', anyItem) ??
    checkList(row, 'quantities', anyItem)
  );
}

/** Guard of a WorkItemProgressRow. */
export function guardWorkItemProgressRow(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  return (
    checkId(row, 'itemId') ??
    checkId(row, 'listId') ??
    checkYear(row, 'year') ??
    checkOneOf(row, 'span', PROGRESS_SPANS) ??
    checkOneOf(row, 'status', PROGRESS_STATUSES) ??
    checkText(row, 'text', LONG_TEXT_MAX) ??
    checkText(row, 'source') ??
    checkText(row, 'reporter')
  );
}

/** Guard of a WorkItemChangeLogRow: a change-log entry keyed by list and item. */
export function guardWorkItemChangeLogRow(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  // Same shape as the plans' change log with listId/itemId for planId/indicatorId.
  return (
    checkText(row, 'listId') ??
    checkTextOrNull(row, 'itemId') ??
    guardChangeLogRow({ ...row, planId: row.listId, indicatorId: row.itemId })
  );
}

/** Guard of a FollowUpRow (整改任务分工表). */
export function guardFollowUpRow(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  return (
    checkId(row, 'id') ??
    checkId(row, 'scopeId') ??
    checkYear(row, 'year') ??
    checkInteger(row, 'order', 0, 100_000) ??
    checkObject(row, 'subject', anyObject) ??
    checkText(row, 'title', LONG_TEXT_MAX) ??
    checkText(row, 'problem', LONG_TEXT_MAX) ??
    checkText(row, 'lead', LONG_TEXT_MAX) ??
    checkText(row, 'measure', LONG_TEXT_MAX) ??
    checkText(row, 'deadline')
  );
}

function checkYearOrder(row: Fields): GuardIssue | null {
  const { startYear, endYear } = row as { startYear: number; endYear: number };
  return endYear >= startYear
    ? null
    : { field: 'endYear', message: `不应早于起始年份 ${startYear}（现为「${endYear}」）` };
}
