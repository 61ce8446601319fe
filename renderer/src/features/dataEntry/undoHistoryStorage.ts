/**
 * Keeps each plan's undo and redo stacks for the rest of the browser session (issue 15 item 3):
 * leaving 数据填报, choosing another plan and coming back, or reloading the window keeps what can
 * be undone. sessionStorage ends with the window, as Excel's undo ends with the workbook.
 */
import type { PlanId } from '../../../../shared/domain/ids';
import type { EntryBatch } from './dataEntrySlice';

/** One plan's stacks, oldest batch first. */
export type UndoHistory = {
  readonly undoStack: readonly EntryBatch[];
  readonly redoStack: readonly EntryBatch[];
};

/** Where histories are kept: the Web Storage subset we use, so tests can pass a fake. */
export type HistoryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY_PREFIX = 'workbench.entryUndo.';
const EMPTY: UndoHistory = { undoStack: [], redoStack: [] };

/** The stored history of a plan; empty when none was kept or it cannot be read. */
export function loadUndoHistory(storage: HistoryStorage | null, planId: PlanId): UndoHistory {
  const text = safely(() => storage?.getItem(KEY_PREFIX + planId) ?? null, null);
  if (!text) return EMPTY;
  const parsed = safely((): unknown => JSON.parse(text), null);
  return isHistory(parsed, planId) ? parsed : EMPTY;
}

/**
 * Stores a plan's history. When the browser refuses (storage full after a very large import),
 * the oldest batches are dropped until it fits, and at worst nothing is kept: undo in this window
 * still works from memory.
 */
export function saveUndoHistory(
  storage: HistoryStorage | null,
  planId: PlanId,
  history: UndoHistory,
): void {
  if (!storage) return;
  let { undoStack } = history;
  for (;;) {
    const text = JSON.stringify({ undoStack, redoStack: history.redoStack });
    if (safely(() => (storage.setItem(KEY_PREFIX + planId, text), true), false)) return;
    if (undoStack.length === 0) {
      safely(() => storage.removeItem(KEY_PREFIX + planId), undefined);
      return;
    }
    undoStack = undoStack.slice(Math.ceil(undoStack.length / 2));
  }
}

/** The session's storage when the page has one (not in Node tests). */
export function sessionHistoryStorage(): HistoryStorage | null {
  return safely(() => (typeof sessionStorage === 'undefined' ? null : sessionStorage), null);
}

function isHistory(value: unknown, planId: PlanId): value is UndoHistory {
  if (typeof value !== 'object' || value === null) return false;
  const { undoStack, redoStack } = value as Record<string, unknown>;
  return isBatchList(undoStack, planId) && isBatchList(redoStack, planId);
}

function isBatchList(value: unknown, planId: PlanId): value is EntryBatch[] {
  return (
    Array.isArray(value) &&
    value.every(
      (batch: unknown) =>
        typeof batch === 'object' &&
        batch !== null &&
        (batch as EntryBatch).planId === planId &&
        Array.isArray((batch as EntryBatch).changes),
    )
  );
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
