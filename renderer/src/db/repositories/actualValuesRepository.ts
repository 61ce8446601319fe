import { MEASURES, VALUE_STATUSES } from '../../../../shared/domain/actualValue';
import type { PlanId } from '../../../../shared/domain/ids';
import type { WorkbenchDb } from '../db';
import type { ActualValueRow, ChangeLogRow } from '../rows';
import type { WriteContext } from '../writeContext';
import {
  contentOf,
  rowIdOfEntry,
  valueChangeEntries,
  valueLogRows,
  type AppliedValueChange,
  type ValueCellKey,
  type ValueChangeEntry,
  type ValueContent,
} from './valueChangeLog';

export type {
  AppliedValueChange,
  ValueCellKey,
  ValueChangeEntry,
  ValueContent,
} from './valueChangeLog';

/** One requested cell change: the new content, or null to clear the cell. */
export type ValueChange = ValueCellKey & { readonly next: ValueContent | null };

/** A plan's stored actual values. */
export async function listPlanActuals(db: WorkbenchDb, planId: PlanId): Promise<ActualValueRow[]> {
  return db.actualValues.where('planId').equals(planId).toArray();
}

/**
 * Writes a batch of cell changes in one rw transaction, logging each indicator's changed cells in
 * one change-log row (valueChangeLog.ts); unchanged cells are skipped. Validates first and throws a Chinese error before touching the
 * database; any failure inside the transaction (an indicator of another plan) reverts everything.
 * Returns the changes actually made.
 */
export async function putActualValues(
  db: WorkbenchDb,
  planId: PlanId,
  changes: readonly ValueChange[],
  context: WriteContext,
): Promise<AppliedValueChange[]> {
  changes.forEach(validateChange);
  assertDistinctCells(changes);
  if (changes.length === 0) return [];
  const at = context.now().toISOString();
  return db.transaction('rw', [db.indicators, db.actualValues, db.changeLog], async () => {
    await assertIndicatorsOfPlan(db, planId, changes);
    const applied = diffChanges(changes, await storedCells(db, planId, changes));
    if (applied.length === 0) return [];
    // One pass builds the rows to put and the keys to delete; three bulk requests.
    const rows: ActualValueRow[] = [];
    const cleared: [string, number, string][] = [];
    for (const change of applied) {
      if (change.after === null) cleared.push(cellKeyTuple(change));
      else rows.push(toRow(planId, change, change.after));
    }
    if (rows.length > 0) await db.actualValues.bulkPut(rows);
    if (cleared.length > 0) await db.actualValues.bulkDelete(cleared);
    await db.changeLog.bulkAdd(valueLogRows(context, at, planId, applied));
    return applied;
  });
}

/**
 * Restores the value a change-log entry replaced, as a new change of origin 'restore'. Returns the
 * change made (empty when the cell already holds that value).
 */
export async function revertChange(
  db: WorkbenchDb,
  changeLogId: string,
  context: WriteContext,
): Promise<AppliedValueChange[]> {
  const { row, entry } = await findValueChange(db, changeLogId);
  if (!row || !entry) throw new Error('找不到该条数值变更记录，无法撤回。');
  const { indicatorId, year, measure, before } = entry;
  return putActualValues(db, row.planId, [{ indicatorId, year, measure, next: before }], {
    ...context,
    origin: { type: 'restore' },
  });
}

/** The change history of one cell, newest first. */
export async function listCellHistory(
  db: WorkbenchDb,
  cell: ValueCellKey,
): Promise<ValueChangeEntry[]> {
  const rows = await db.changeLog.where('indicatorId').equals(cell.indicatorId).toArray();
  return newestFirst(
    rows
      .flatMap(valueChangeEntries)
      .filter((e) => e.year === cell.year && e.measure === cell.measure),
  );
}

/** The value changes of a whole plan, newest first. */
export async function listPlanValueHistory(
  db: WorkbenchDb,
  planId: PlanId,
): Promise<ValueChangeEntry[]> {
  const rows = await db.changeLog.where('planId').equals(planId).toArray();
  return newestFirst(rows.flatMap(valueChangeEntries));
}

/**
 * The change-log row and value change an entry id names: a single-cell row's id, or a group
 * row's id with the cell's position (valueChangeLog.ts). A stored id that itself ends in `#n`
 * (a restored old backup) is found as a whole first.
 */
async function findValueChange(
  db: WorkbenchDb,
  entryId: string,
): Promise<{ row: ChangeLogRow | undefined; entry: ValueChangeEntry | undefined }> {
  const whole = await db.changeLog.get(entryId);
  const row = whole ?? (await db.changeLog.get(rowIdOfEntry(entryId)));
  const entry = row ? valueChangeEntries(row).find((e) => e.id === entryId) : undefined;
  return { row, entry };
}

function validateChange(change: ValueChange): void {
  const where = `${change.year}年`;
  if (!Number.isInteger(change.year)) throw new Error(`年份「${change.year}」无效，未做任何修改。`);
  if (!MEASURES.includes(change.measure)) throw new Error(`${where}的数值类型无效，未做任何修改。`);
  const next = change.next;
  if (next === null) return;
  if (typeof next.value !== 'number' || !Number.isFinite(next.value)) {
    throw new Error(`${where}的数值「${String(next.value)}」不是有效数字，未做任何修改。`);
  }
  if (!VALUE_STATUSES.includes(next.status)) {
    throw new Error(`${where}的数据状态「${String(next.status)}」无效，未做任何修改。`);
  }
}

function assertDistinctCells(changes: readonly ValueChange[]): void {
  const seen = new Set<string>();
  for (const change of changes) {
    const key = cellKeyText(change);
    if (seen.has(key)) throw new Error(`同一单元格（${change.year}年）出现两次，未做任何修改。`);
    seen.add(key);
  }
}

async function assertIndicatorsOfPlan(
  db: WorkbenchDb,
  planId: PlanId,
  changes: readonly ValueChange[],
): Promise<void> {
  // One key-only read of the plan's indicators rather than one read per indicator.
  const ofPlan = new Set<string>(await db.indicators.where('planId').equals(planId).primaryKeys());
  const foreign = changes.find((change) => !ofPlan.has(change.indicatorId));
  if (foreign) throw new Error(`指标「${foreign.indicatorId}」不属于当前规划，未做任何修改。`);
}

/** Above this many changes, reading the plan's values at once beats one read per cell. */
const BULK_READ_THRESHOLD = 200;

/**
 * The stored row of each changed cell (undefined when empty), in the order of `changes`. A large
 * batch (a template import) reads the plan's values in one request: 10,000 single reads cost
 * Chromium about 0.3 s, one read of the plan's rows a fraction of that.
 */
async function storedCells(
  db: WorkbenchDb,
  planId: PlanId,
  changes: readonly ValueChange[],
): Promise<(ActualValueRow | undefined)[]> {
  if (changes.length <= BULK_READ_THRESHOLD) {
    return db.actualValues.bulkGet(changes.map(cellKeyTuple));
  }
  const rows = await db.actualValues.where('planId').equals(planId).toArray();
  const byCell = new Map(rows.map((row) => [cellKeyText(row), row]));
  return changes.map((change) => byCell.get(cellKeyText(change)));
}

function cellKeyText(cell: ValueCellKey): string {
  return `${cell.indicatorId}\u0000${cell.year}\u0000${cell.measure}`;
}

/** Pairs each change with the stored row and keeps only real changes. */
function diffChanges(
  changes: readonly ValueChange[],
  current: readonly (ActualValueRow | undefined)[],
): AppliedValueChange[] {
  const applied: AppliedValueChange[] = [];
  changes.forEach((change, index) => {
    const stored = current[index];
    const before = stored ? contentOf(stored) : null;
    if (sameContent(before, change.next)) return;
    const { indicatorId, year, measure } = change;
    applied.push({ indicatorId, year, measure, before, after: change.next });
  });
  return applied;
}

function sameContent(a: ValueContent | null, b: ValueContent | null): boolean {
  if (a === null || b === null) return a === b;
  return a.value === b.value && a.status === b.status && a.source === b.source && a.note === b.note;
}

function cellKeyTuple(cell: ValueCellKey): [string, number, string] {
  return [cell.indicatorId, cell.year, cell.measure];
}

/**
 * The stored row of a cell, field by field: spreading the change itself would also store its
 * `before` and `after` (they were, until issue 16's import timing found them in every row).
 */
function toRow(planId: PlanId, cell: ValueCellKey, content: ValueContent): ActualValueRow {
  const { indicatorId, year, measure } = cell;
  const { value, status, source, note } = content;
  return { indicatorId, year, measure, value, status, source, note, planId };
}

function newestFirst(entries: ValueChangeEntry[]): ValueChangeEntry[] {
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}
