import type { StateCreator } from 'zustand';
import type { Measure } from '../../../../shared/domain/actualValue';
import type { PlanId } from '../../../../shared/domain/ids';
import type { AppliedValueChange, ValueChange } from '../../db/repositories/actualValuesRepository';
import type { GridCursor } from './gridCursor';

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
    readonly isPanelOpen: boolean;
    /** What the grid's cells hold: level or growth, of the year or part of it. */
    readonly measure: Measure;
    readonly undoStack: readonly EntryBatch[];
    readonly redoStack: readonly EntryBatch[];
  };
  readonly selectEntryPlan: (planId: PlanId | null) => void;
  readonly setEntryCursor: (cursor: GridCursor) => void;
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

/** Creates the 数据填报 slice. */
export const createDataEntrySlice: StateCreator<DataEntrySlice, [], [], DataEntrySlice> = (set) => {
  const update = (
    patch: (s: DataEntrySlice['dataEntry']) => Partial<DataEntrySlice['dataEntry']>,
  ) => set((state) => ({ dataEntry: { ...state.dataEntry, ...patch(state.dataEntry) } }));
  return {
    dataEntry: {
      planId: null,
      cursor: { row: 0, col: 1 },
      isPanelOpen: false,
      measure: 'value',
      undoStack: [],
      redoStack: [],
    },
    selectEntryPlan: (planId) =>
      update((s) =>
        s.planId === planId
          ? {}
          : { planId, cursor: { row: 0, col: 1 }, undoStack: [], redoStack: [] },
      ),
    setEntryCursor: (cursor) => update(() => ({ cursor })),
    setEntryPanelOpen: (isPanelOpen) => update(() => ({ isPanelOpen })),
    setEntryMeasure: (measure) => update(() => ({ measure })),
    recordEntryBatch: (batch) =>
      update((s) =>
        batch.changes.length === 0
          ? {}
          : { undoStack: [...s.undoStack, batch].slice(-UNDO_LIMIT), redoStack: [] },
      ),
    markEntryUndone: () =>
      update((s) => {
        const batch = s.undoStack.at(-1);
        return batch
          ? { undoStack: s.undoStack.slice(0, -1), redoStack: [...s.redoStack, batch] }
          : {};
      }),
    markEntryRedone: () =>
      update((s) => {
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
