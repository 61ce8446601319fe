import type { WorkItemId, WorkItemListId } from '../../../../shared/domain/ids';
import {
  PROGRESS_SPANS,
  checkProgressContent,
  type ProgressContent,
  type ProgressSpan,
} from '../../../../shared/domain/workItemProgress';
import type { WorkbenchDb } from '../db';
import type { ChangeOrigin, WorkItemChangeLogRow, WorkItemProgressRow } from '../rows';
import type { WriteContext } from '../writeContext';
import { workLogEntry } from './workItemsRepository';

/** Identifies one progress record: item, year and span. */
export type ProgressKey = {
  readonly itemId: WorkItemId;
  readonly year: number;
  readonly span: ProgressSpan;
};

/** One requested change: the new content, or null to clear the record. */
export type ProgressChange = ProgressKey & { readonly next: ProgressContent | null };

/** A change that was written, with the content before and after. */
export type AppliedProgressChange = ProgressKey & {
  readonly before: ProgressContent | null;
  readonly after: ProgressContent | null;
};

/** A progress change read back from the log. */
export type ProgressChangeEntry = AppliedProgressChange & {
  readonly id: string;
  readonly at: string;
  readonly user: string;
  readonly action: string;
  readonly origin: ChangeOrigin;
};

/** Change-log actions of progress records (the same three as actual values). */
export const PROGRESS_ACTIONS = {
  create: '填报进展',
  update: '修改进展',
  clear: '清除进展',
} as const;
const PROGRESS_ACTION_SET = new Set<string>(Object.values(PROGRESS_ACTIONS));

/** A list's progress records. */
export async function listListProgress(
  db: WorkbenchDb,
  listId: WorkItemListId,
): Promise<WorkItemProgressRow[]> {
  return db.workItemProgress.where('listId').equals(listId).toArray();
}

/**
 * Writes a batch of progress changes in one rw transaction with one log row per real change, like
 * putActualValues: validated first (a Chinese error before anything is written), unchanged records
 * skipped, any failure inside (an item of another list) reverts everything.
 */
export async function putProgress(
  db: WorkbenchDb,
  listId: WorkItemListId,
  changes: readonly ProgressChange[],
  context: WriteContext,
): Promise<AppliedProgressChange[]> {
  changes.forEach(validateChange);
  if (changes.length === 0) return [];
  const at = context.now().toISOString();
  const tables = [db.workItems, db.workItemProgress, db.workItemChangeLog];
  return db.transaction('rw', tables, async () => {
    const ofList = new Set<string>(await db.workItems.where('listId').equals(listId).primaryKeys());
    const foreign = changes.find((change) => !ofList.has(change.itemId));
    if (foreign) throw new Error(`任务「${foreign.itemId}」不属于当前清单，未做任何修改。`);
    const stored = await db.workItemProgress.bulkGet(changes.map(keyTuple));
    const applied = changes
      .map((change, index) => {
        const row = stored[index];
        return { ...keyOf(change), before: row ? contentOf(row) : null, after: change.next };
      })
      .filter((change) => !sameContent(change.before, change.after));
    const puts = applied.filter((c) => c.after !== null);
    await db.workItemProgress.bulkPut(puts.map((c) => ({ ...keyOf(c), ...c.after!, listId })));
    await db.workItemProgress.bulkDelete(applied.filter((c) => c.after === null).map(keyTuple));
    await db.workItemChangeLog.bulkAdd(applied.map((c) => toLogRow(context, at, listId, c)));
    return applied;
  });
}

/** Restores what a logged change replaced, as a new change of origin 'restore'. */
export async function revertProgressChange(
  db: WorkbenchDb,
  changeLogId: string,
  context: WriteContext,
): Promise<AppliedProgressChange[]> {
  const row = await db.workItemChangeLog.get(changeLogId);
  const entry = row ? toProgressEntry(row) : null;
  if (!row || !entry) throw new Error('找不到该条进展变更记录，无法撤回。');
  const { itemId, year, span, before } = entry;
  return putProgress(db, row.listId, [{ itemId, year, span, next: before }], {
    ...context,
    origin: { type: 'restore' },
  });
}

/** The progress history of one item over all periods, newest first. */
export async function listItemHistory(
  db: WorkbenchDb,
  itemId: WorkItemId,
): Promise<ProgressChangeEntry[]> {
  const rows = await db.workItemChangeLog.where('itemId').equals(itemId).toArray();
  return rows
    .map(toProgressEntry)
    .filter((entry): entry is ProgressChangeEntry => entry !== null)
    .sort((a, b) => (a.at === b.at ? b.id.localeCompare(a.id) : b.at.localeCompare(a.at)));
}

/** Reads a log row as a progress change; null for list-level entries. */
export function toProgressEntry(row: WorkItemChangeLogRow): ProgressChangeEntry | null {
  if (!PROGRESS_ACTION_SET.has(row.action) || row.itemId === null) return null;
  const before = parseLogged(row.before);
  const after = parseLogged(row.after);
  const key = before ?? after;
  if (!key) return null;
  const { id, at, user, action, origin, itemId } = row;
  return {
    id,
    at,
    user,
    action,
    origin,
    itemId,
    year: key.year,
    span: key.span,
    before: before && contentOf(before),
    after: after && contentOf(after),
  };
}

type Logged = ProgressContent & { readonly year: number; readonly span: ProgressSpan };

function parseLogged(json: string | null): Logged | null {
  return json === null ? null : (JSON.parse(json) as Logged);
}

function validateChange(change: ProgressChange): void {
  if (!Number.isInteger(change.year)) throw new Error(`年份「${change.year}」无效，未做任何修改。`);
  if (!PROGRESS_SPANS.includes(change.span))
    throw new Error(`期间「${change.span}」无效，未做任何修改。`);
  const problem = change.next ? checkProgressContent(change.next) : null;
  if (problem) throw new Error(`${change.year}年${change.span}：${problem}，未做任何修改。`);
}

function keyOf({ itemId, year, span }: ProgressKey): ProgressKey {
  return { itemId, year, span };
}

function keyTuple(key: ProgressKey): [string, number, string] {
  return [key.itemId, key.year, key.span];
}

function contentOf(row: ProgressContent): ProgressContent {
  const { status, shareDone, text, investmentDone, source, reporter } = row;
  return { status, shareDone, text, investmentDone, source, reporter };
}

function sameContent(a: ProgressContent | null, b: ProgressContent | null): boolean {
  if (a === null || b === null) return a === b;
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}

function toLogRow(
  context: WriteContext,
  at: string,
  listId: WorkItemListId,
  change: AppliedProgressChange,
): WorkItemChangeLogRow {
  const { itemId, year, span, before, after } = change;
  const action =
    before === null
      ? PROGRESS_ACTIONS.create
      : after === null
        ? PROGRESS_ACTIONS.clear
        : PROGRESS_ACTIONS.update;
  const logged = (content: ProgressContent | null) =>
    content === null ? null : { year, span, ...contentOf(content) };
  return workLogEntry(context, at, listId, itemId, action, logged(before), logged(after));
}
