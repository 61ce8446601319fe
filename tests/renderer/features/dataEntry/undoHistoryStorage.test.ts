import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asPlanId, makeIndicatorId } from '../../../../shared/domain/ids';
import type { EntryBatch } from '../../../../renderer/src/features/dataEntry/dataEntrySlice';
import {
  loadUndoHistory,
  saveUndoHistory,
  type HistoryStorage,
} from '../../../../renderer/src/features/dataEntry/undoHistoryStorage';
import { INITIAL_APP_STATE, useAppStore } from '../../../../renderer/src/state/appStore';

const JDZ = asPlanId('seed-jdz-14');
const FZ = asPlanId('seed-fz-14');

function batch(planId: typeof JDZ, after: number): EntryBatch {
  return {
    planId,
    changes: [
      {
        indicatorId: makeIndicatorId(planId, 1),
        year: 2022,
        measure: 'value',
        before: null,
        after: { value: after, status: '快报数', source: '', note: '' },
      },
    ],
  };
}

/** sessionStorage with a size limit, in characters, like a browser's quota. */
function fakeStorage(limit = Infinity): HistoryStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > limit) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

describe('undoHistoryStorage', () => {
  it('keeps each plan’s stacks apart and reads them back', () => {
    const storage = fakeStorage();
    saveUndoHistory(storage, JDZ, { undoStack: [batch(JDZ, 1030)], redoStack: [] });
    saveUndoHistory(storage, FZ, { undoStack: [], redoStack: [batch(FZ, 5)] });
    expect(loadUndoHistory(storage, JDZ)).toEqual({ undoStack: [batch(JDZ, 1030)], redoStack: [] });
    expect(loadUndoHistory(storage, FZ)).toEqual({ undoStack: [], redoStack: [batch(FZ, 5)] });
  });

  it('reads nothing from garbage, another plan’s batches, or no storage', () => {
    const storage = fakeStorage();
    storage.items.set('workbench.entryUndo.seed-jdz-14', '{not json');
    expect(loadUndoHistory(storage, JDZ)).toEqual({ undoStack: [], redoStack: [] });
    storage.items.set(
      'workbench.entryUndo.seed-jdz-14',
      JSON.stringify({ undoStack: [batch(FZ, 1)], redoStack: [] }),
    );
    expect(loadUndoHistory(storage, JDZ)).toEqual({ undoStack: [], redoStack: [] });
    expect(loadUndoHistory(null, JDZ)).toEqual({ undoStack: [], redoStack: [] });
  });

  it('drops the oldest batches when the storage is full', () => {
    const one = JSON.stringify({ undoStack: [batch(JDZ, 1)], redoStack: [] }).length;
    const storage = fakeStorage(one * 3);
    const undoStack = Array.from({ length: 8 }, (_, index) => batch(JDZ, index));
    saveUndoHistory(storage, JDZ, { undoStack, redoStack: [] });
    const kept = loadUndoHistory(storage, JDZ).undoStack;
    expect(kept.map((b) => b.changes[0]?.after?.value)).toEqual([6, 7]);
  });
});

describe('dataEntrySlice with the session’s storage', () => {
  let storage: ReturnType<typeof fakeStorage>;
  beforeEach(() => {
    storage = fakeStorage();
    vi.stubGlobal('sessionStorage', storage);
    useAppStore.setState(INITIAL_APP_STATE, true);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('keeps the undo history of a plan across another plan and a fresh store (reload)', () => {
    const s = () => useAppStore.getState();
    s().selectEntryPlan(JDZ);
    s().recordEntryBatch(batch(JDZ, 1030));
    s().recordEntryBatch(batch(JDZ, 1102.3));
    s().markEntryUndone();
    s().selectEntryPlan(FZ);
    expect(s().dataEntry.undoStack).toEqual([]);
    s().selectEntryPlan(JDZ);
    expect(s().dataEntry.undoStack).toEqual([batch(JDZ, 1030)]);
    expect(s().dataEntry.redoStack).toEqual([batch(JDZ, 1102.3)]);
    useAppStore.setState(INITIAL_APP_STATE, true);
    s().selectEntryPlan(JDZ);
    expect(s().dataEntry.undoStack).toEqual([batch(JDZ, 1030)]);
  });
});
