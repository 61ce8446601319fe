import type { StateCreator } from 'zustand';
import type { Measure } from '../../../../shared/domain/actualValue';
import type { PlanId } from '../../../../shared/domain/ids';
import type { AppliedValueChange, ValueChange } from '../../db/repositories/actualValuesRepository';
import type { GridCursor } from './gridCursor';
import { loadUndoHistory, saveUndoHistory, sessionHistoryStorage } from './undoHistoryStorage';

/** A batch of changes that was written, kept so it can be undone (the values live in Dexie). */
export type EntryBatch = {
  readonly planId: PlanId;
  readonly changes: readonly AppliedValueChange[];
};

/** UI state of 数据填报. */
export type DataEntrySlice = {
  readonly dataEntry: {
    readonly planId: PlanId | null;
    readonly cursor: GridCursor;
    /** Where Shift or a drag started a block (gridSelection.ts); null: just the cursor. */
    readonly anchor: GridCursor | null;
    /** The column where a run of Tabs started: Enter goes back to it (Excel). */
    readonly tabStart: number | null;
    readonly isPanelOpen: boolean;
    /** What the grid's cells hold: level or growth, of the year or part of it. */
    readonly measure: Measure;
    readonly undoStack: readonly EntryBatch[];
    readonly redoStack: readonly EntryBatch[];
  };
  readonly selectEntryPlan: (planId: PlanId | null) => void;
  /** Moves the cursor; the block and the Tab run end unless given. */
  readonly setEntryCursor: (
    cursor: GridCursor,
    keep?: { readonly anchor?: GridCursor | null; readonly tabStart?: number | null },
  ) => void;
  readonly setEntryPanelOpen: (open: boolean) => void;
  readonly setEntryMeasure: (measure: Measure) => void;
  /** Records a new batch: it can be undone, and the redo stack is dropped (as in Excel). */
  readonly recordEntryBatch: (batch: EntryBatch) => void;
  /** Moves the newest batch from the undo to the redo stack (after its inverse was written). */
  readonly markEntryUndone: () => void;
  /** Moves the newest batch from the redo to the undo stack (after it was written again). */
  readonly markEntryRedone: () => void;
};

/** How many batches can be undone. */
export const UNDO_LIMIT = 100;

type EntryState = DataEntrySlice['dataEntry'];

/**
 * Creates the 数据填报 slice. Each plan's undo history is kept for the session
 * (undoHistoryStorage.ts), so choosing another plan, leaving the page or reloading loses nothing.
 */
export const createDataEntrySlice: StateCreator<DataEntrySlice, [], [], DataEntrySlice> = (set) => {
  const update = (patch: (s: EntryState) => Partial<EntryState>) =>
    set((state) => ({ dataEntry: { ...state.dataEntry, ...patch(state.dataEntry) } }));
  // A change to the stacks is kept for the session as well.
  const updateHistory = (patch: (s: EntryState) => Partial<EntryState>) =>
    update((s) => {
      const next = patch(s);
      if (s.planId && (next.undoStack || next.redoStack)) {
        saveUndoHistory(sessionHistoryStorage(), s.planId, {
          undoStack: next.undoStack ?? s.undoStack,
          redoStack: next.redoStack ?? s.redoStack,
        });
      }
      return next;
    });
  return {
    dataEntry: {
      planId: null,
      cursor: { row: 0, col: 1 },
      anchor: null,
      tabStart: null,
      isPanelOpen: false,
      measure: 'value',
      undoStack: [],
      redoStack: [],
    },
    selectEntryPlan: (planId) =>
      update((s) =>
        s.planId === planId
          ? {}
          : {
              planId,
              cursor: { row: 0, col: 1 },
              anchor: null,
              tabStart: null,
              ...(planId
                ? loadUndoHistory(sessionHistoryStorage(), planId)
                : { undoStack: [], redoStack: [] }),
            },
      ),
    setEntryCursor: (cursor, keep) =>
      update(() => ({ cursor, anchor: keep?.anchor ?? null, tabStart: keep?.tabStart ?? null })),
    setEntryPanelOpen: (isPanelOpen) => update(() => ({ isPanelOpen })),
    setEntryMeasure: (measure) => update(() => ({ measure })),
    recordEntryBatch: (batch) =>
      updateHistory((s) =>
        batch.changes.length === 0
          ? {}
          : { undoStack: [...s.undoStack, batch].slice(-UNDO_LIMIT), redoStack: [] },
      ),
    markEntryUndone: () =>
      updateHistory((s) => {
        const batch = s.undoStack.at(-1);
        return batch
          ? { undoStack: s.undoStack.slice(0, -1), redoStack: [...s.redoStack, batch] }
          : {};
      }),
    markEntryRedone: () =>
      updateHistory((s) => {
        const batch = s.redoStack.at(-1);
        return batch
          ? { redoStack: s.redoStack.slice(0, -1), undoStack: [...s.undoStack, batch] }
          : {};
      }),
  };
};

/** The changes that undo a batch: every cell back to its content before. */
export function undoChanges(batch: EntryBatch): ValueChange[] {
  return batch.changes.map(({ indicatorId, year, measure, before }) => ({
    indicatorId,
    year,
    measure,
    next: before,
  }));
}

/** The changes that redo a batch: every cell to its content after. */
export function redoChanges(batch: EntryBatch): ValueChange[] {
  return batch.changes.map(({ indicatorId, year, measure, after }) => ({
    indicatorId,
    year,
    measure,
    next: after,
  }));
}
