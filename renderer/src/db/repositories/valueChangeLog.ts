/**
 * How value changes are written to and read from the change log (decision 0050). One write
 * (a cell, a paste, a template import) logs each indicator's changed cells in one row: a single
 * cell as before (`before`/`after` are the JSON of one logged value), several cells as a group
 * (`before`/`after` are JSON arrays of the same length, one element per cell, null where the cell
 * was empty or cleared). Each cell of a group is still its own history entry and can be reverted
 * on its own; the entry's id is the row's id and the cell's position.
 */
import type { Measure, ValueStatus } from '../../../../shared/domain/actualValue';
import type { IndicatorId, PlanId } from '../../../../shared/domain/ids';
import type { ChangeLogRow, ChangeOrigin } from '../rows';
import type { WriteContext } from '../writeContext';

/** Identifies one value cell: indicator, year and measure. */
export type ValueCellKey = {
  readonly indicatorId: IndicatorId;
  readonly year: number;
  readonly measure: Measure;
};

/** What a cell holds besides its key. */
export type ValueContent = {
  readonly value: number;
  readonly status: ValueStatus;
  readonly source: string;
  readonly note: string;
};

/** A change that was written, with the content before and after (for undo and redo). */
export type AppliedValueChange = ValueCellKey & {
  readonly before: ValueContent | null;
  readonly after: ValueContent | null;
};

/** A value change read back from the change log. */
export type ValueChangeEntry = AppliedValueChange & {
  readonly id: string;
  readonly at: string;
  readonly user: string;
  readonly action: string;
  readonly origin: ChangeOrigin;
};

/** Change-log actions of value changes (the log also holds plan and indicator edits). */
export const VALUE_ACTIONS = {
  create: '填报实际值',
  update: '修改实际值',
  clear: '清除实际值',
} as const;
const VALUE_ACTION_SET = new Set<string>(Object.values(VALUE_ACTIONS));

/**
 * A group row's JSON stays well under the backup guard's 1,000,000 characters per text field
 * (guardChangeLogRow): a group is closed before it would pass this many characters.
 */
const GROUP_TEXT_BUDGET = 200_000;

/** What the log stores of a cell's content: its year and measure, then the content. */
type LoggedValue = ValueContent & { readonly year: number; readonly measure: Measure };

/** One logged cell: its change and the JSON of each side (null when empty). */
type LoggedCell = {
  readonly change: AppliedValueChange;
  readonly before: string | null;
  readonly after: string | null;
};

/** The action of one cell's change: created, updated or cleared. */
function actionOf(before: unknown, after: unknown): string {
  if (before === null) return VALUE_ACTIONS.create;
  return after === null ? VALUE_ACTIONS.clear : VALUE_ACTIONS.update;
}

/**
 * The change-log rows of one write: one per indicator (in the order the indicators first appear),
 * split only where a group would grow past GROUP_TEXT_BUDGET. A template import of 2,000
 * indicators × 5 years writes 2,000 rows, not 10,000 (decision 0050).
 */
export function valueLogRows(
  context: WriteContext,
  at: string,
  planId: PlanId,
  applied: readonly AppliedValueChange[],
): ChangeLogRow[] {
  const byIndicator = new Map<string, LoggedCell[]>();
  for (const change of applied) {
    const cell = logCell(change);
    const cells = byIndicator.get(change.indicatorId);
    if (cells) cells.push(cell);
    else byIndicator.set(change.indicatorId, [cell]);
  }
  const rows: ChangeLogRow[] = [];
  for (const cells of byIndicator.values()) {
    for (const group of withinBudget(cells)) rows.push(logRow(context, at, planId, group));
  }
  return rows;
}

function logCell(change: AppliedValueChange): LoggedCell {
  const { before, after } = change;
  return {
    change,
    before: before === null ? null : JSON.stringify(loggedValue(change, before)),
    after: after === null ? null : JSON.stringify(loggedValue(change, after)),
  };
}

/** Consecutive runs of cells whose JSON together stays within the budget (at least one each). */
function withinBudget(cells: readonly LoggedCell[]): LoggedCell[][] {
  const groups: LoggedCell[][] = [];
  let group: LoggedCell[] = [];
  let size = 0;
  for (const cell of cells) {
    const cellSize = (cell.before?.length ?? 4) + (cell.after?.length ?? 4);
    if (group.length > 0 && size + cellSize > GROUP_TEXT_BUDGET) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(cell);
    size += cellSize;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

function logRow(
  context: WriteContext,
  at: string,
  planId: PlanId,
  cells: readonly LoggedCell[],
): ChangeLogRow {
  const single = cells.length === 1 ? cells[0] : undefined;
  const first = cells[0]!;
  const actions = new Set(cells.map((cell) => actionOf(cell.before, cell.after)));
  return {
    id: context.newId(),
    at,
    user: context.user,
    planId,
    indicatorId: first.change.indicatorId,
    // A group's own action is its cells' when they agree (清除 12 个单元格), else 修改.
    action: actions.size === 1 ? [...actions][0]! : VALUE_ACTIONS.update,
    origin: context.origin,
    before: single ? single.before : `[${cells.map((cell) => cell.before ?? 'null').join(',')}]`,
    after: single ? single.after : `[${cells.map((cell) => cell.after ?? 'null').join(',')}]`,
  };
}

function loggedValue(cell: ValueCellKey, content: ValueContent): LoggedValue {
  // Field by field in the stored order (a spread reshapes each of 10,000 objects, issue 16).
  return {
    year: cell.year,
    measure: cell.measure,
    value: content.value,
    status: content.status,
    source: content.source,
    note: content.note,
  };
}

/**
 * The value changes a change-log row holds, one per cell: none for other kinds of entries, and
 * none for a row whose JSON cannot be read (a restored backup may hold any text there; the
 * history shows the rest rather than failing).
 */
export function valueChangeEntries(row: ChangeLogRow): ValueChangeEntry[] {
  if (!VALUE_ACTION_SET.has(row.action) || row.indicatorId === null) return [];
  const before = parseLogged(row.before);
  const after = parseLogged(row.after);
  if (before === undefined || after === undefined) return [];
  if (!Array.isArray(before) && !Array.isArray(after)) {
    const entry = entryOf(
      row,
      row.id,
      row.action,
      before as LoggedValue | null,
      after as LoggedValue | null,
    );
    return entry ? [entry] : [];
  }
  if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length) return [];
  const entries: ValueChangeEntry[] = [];
  before.forEach((cellBefore: LoggedValue | null, index) => {
    const cellAfter = (after[index] ?? null) as LoggedValue | null;
    // A group's cells each by what changed.
    const action = actionOf(cellBefore, cellAfter);
    const entry = entryOf(row, groupEntryId(row.id, index), action, cellBefore, cellAfter);
    if (entry) entries.push(entry);
  });
  return entries;
}

/** The id of a group's cell entry: the row's id, `#`, and the cell's position. */
function groupEntryId(rowId: string, index: number): string {
  return `${rowId}#${index}`;
}

/** The row an entry id names: a group cell's id less its `#n`, else the id itself. */
export function rowIdOfEntry(entryId: string): string {
  const match = /^(.*)#\d+$/.exec(entryId);
  return match ? match[1]! : entryId;
}

function entryOf(
  row: ChangeLogRow,
  id: string,
  action: string,
  before: LoggedValue | null,
  after: LoggedValue | null,
): ValueChangeEntry | null {
  const key = before ?? after;
  if (!isLoggedValue(key) || (before !== null && !isLoggedValue(before))) return null;
  if (after !== null && !isLoggedValue(after)) return null;
  return {
    id,
    at: row.at,
    user: row.user,
    action,
    origin: row.origin,
    indicatorId: row.indicatorId!,
    year: key.year,
    measure: key.measure,
    before: before && contentOf(before),
    after: after && contentOf(after),
  };
}

/** The parsed JSON, null for null, undefined when it is not JSON. */
function parseLogged(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

function isLoggedValue(value: unknown): value is LoggedValue {
  if (typeof value !== 'object' || value === null) return false;
  const logged = value as Partial<LoggedValue>;
  return typeof logged.year === 'number' && typeof logged.measure === 'string';
}

/** The content of a cell, without its key. */
export function contentOf({ value, status, source, note }: ValueContent): ValueContent {
  return { value, status, source, note };
}
