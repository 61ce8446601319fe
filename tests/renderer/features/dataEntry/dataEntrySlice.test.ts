import { beforeEach, describe, expect, it } from 'vitest';
import { asPlanId, makeIndicatorId } from '../../../../shared/domain/ids';
import {
  redoChanges,
  undoChanges,
  UNDO_LIMIT,
  type EntryBatch,
} from '../../../../renderer/src/features/dataEntry/dataEntrySlice';
import { INITIAL_APP_STATE, useAppStore } from '../../../../renderer/src/state/appStore';

const PLAN = asPlanId('seed-jdz-14');
const GDP = makeIndicatorId(PLAN, 1);
const content = (value: number) => ({ value, status: '预计数' as const, source: '', note: '' });
const batch = (before: number | null, after: number | null): EntryBatch => ({
  planId: PLAN,
  changes: [
    {
      indicatorId: GDP,
      year: 2022,
      measure: 'value',
      before: before === null ? null : content(before),
      after: after === null ? null : content(after),
    },
  ],
});

describe('dataEntrySlice', () => {
  beforeEach(() => useAppStore.setState(INITIAL_APP_STATE, true));

  it('remembers the selected plan and resets cursor and undo history when it changes', () => {
    const store = useAppStore.getState();
    store.selectEntryPlan(PLAN);
    store.setEntryCursor({ row: 5, col: 2 });
    useAppStore.getState().recordEntryBatch(batch(null, 1030));
    useAppStore.getState().selectEntryPlan(PLAN);
    expect(useAppStore.getState().dataEntry.cursor).toEqual({ row: 5, col: 2 });
    useAppStore.getState().selectEntryPlan(asPlanId('seed-fz-14'));
    expect(useAppStore.getState().dataEntry).toMatchObject({
      planId: 'seed-fz-14',
      cursor: { row: 0, col: 1 },
      undoStack: [],
      redoStack: [],
    });
  });

  it('moves batches between the undo and redo stacks, and a new batch drops the redo stack', () => {
    const s = () => useAppStore.getState();
    s().recordEntryBatch(batch(null, 1030));
    s().recordEntryBatch(batch(1030, 1102.3));
    s().markEntryUndone();
    expect(s().dataEntry.undoStack).toEqual([batch(null, 1030)]);
    expect(s().dataEntry.redoStack).toEqual([batch(1030, 1102.3)]);
    s().markEntryRedone();
    expect(s().dataEntry.undoStack).toHaveLength(2);
    s().markEntryUndone();
    s().recordEntryBatch(batch(1030, 1110));
    expect(s().dataEntry.redoStack).toEqual([]);
    s().recordEntryBatch({ planId: PLAN, changes: [] });
    expect(s().dataEntry.undoStack).toHaveLength(2);
  });

  it(`keeps the last ${UNDO_LIMIT} batches`, () => {
    for (let i = 0; i < UNDO_LIMIT + 5; i += 1)
      useAppStore.getState().recordEntryBatch(batch(i, i + 1));
    const stack = useAppStore.getState().dataEntry.undoStack;
    expect(stack).toHaveLength(UNDO_LIMIT);
    expect(stack[0]).toEqual(batch(5, 6));
  });

  it('builds the inverse and the repeat of a batch', () => {
    expect(undoChanges(batch(null, 1030))).toEqual([
      { indicatorId: GDP, year: 2022, measure: 'value', next: null },
    ]);
    expect(redoChanges(batch(1030, 1102.3))).toEqual([
      { indicatorId: GDP, year: 2022, measure: 'value', next: content(1102.3) },
    ]);
  });
});

describe('dataEntrySlice selection', () => {
  beforeEach(() => useAppStore.setState(INITIAL_APP_STATE, true));

  it('keeps a block’s anchor and a Tab run only when asked, and drops them on a plain move', () => {
    const s = () => useAppStore.getState();
    s().setEntryCursor({ row: 2, col: 3 }, { anchor: { row: 0, col: 1 } });
    expect(s().dataEntry).toMatchObject({ cursor: { row: 2, col: 3 }, anchor: { row: 0, col: 1 } });
    s().setEntryCursor({ row: 0, col: 2 }, { tabStart: 1 });
    expect(s().dataEntry).toMatchObject({ anchor: null, tabStart: 1 });
    s().setEntryCursor({ row: 1, col: 2 });
    expect(s().dataEntry).toMatchObject({ anchor: null, tabStart: null });
  });
});
