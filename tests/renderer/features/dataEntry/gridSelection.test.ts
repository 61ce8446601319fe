import { describe, expect, it } from 'vitest';
import { asPlanId, makeIndicatorId } from '../../../../shared/domain/ids';
import { buildEntryGrid } from '../../../../renderer/src/features/dataEntry/gridModel';
import {
  clearBlockChanges,
  copyBlock,
  isBlock,
  selectionRange,
  wholeYearBlock,
} from '../../../../renderer/src/features/dataEntry/gridSelection';
import { moveInTabRun } from '../../../../renderer/src/features/dataEntry/gridCursor';
import type { ActualValueRow } from '../../../../renderer/src/db/rows';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';

const PLAN = asPlanId('test-jdz');
const bundle = makeJdzPlanBundle(PLAN);

function actual(order: number, year: number, value: number): ActualValueRow {
  return {
    indicatorId: makeIndicatorId(PLAN, order),
    year,
    measure: 'value',
    value,
    status: '快报数',
    source: '',
    note: '',
    planId: PLAN,
  };
}

// GDP (row 0) 2021–2022, the second indicator (row 1) 2021 only, row 2 2022 only.
const model = buildEntryGrid(bundle.plan, bundle.indicators, [
  actual(1, 2021, 1030),
  actual(1, 2022, 1102.3),
  actual(2, 2021, 12345.6),
  actual(3, 2022, 7.4),
]);

describe('selectionRange', () => {
  it('spans anchor and cursor whichever way the block was drawn', () => {
    expect(selectionRange({ row: 3, col: 4 }, { row: 1, col: 2 })).toEqual({
      top: 1,
      left: 2,
      bottom: 3,
      right: 4,
    });
    const single = selectionRange(null, { row: 2, col: 1 });
    expect(single).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    expect(isBlock(single)).toBe(false);
  });

  it('selects every year cell with Ctrl+A', () => {
    expect(wholeYearBlock({ rows: 31, cols: 6 })).toEqual({
      anchor: { row: 0, col: 0 },
      cursor: { row: 30, col: 5 },
    });
  });
});

describe('copyBlock', () => {
  it('copies a 3×4 block as tab-separated plain numbers, empty cells empty', () => {
    const block = copyBlock(model, { top: 0, left: 1, bottom: 2, right: 4 });
    expect(block.text).toBe('1030\t1102.3\t\t\r\n12345.6\t\t\t\r\n\t7.4\t\t');
    expect(block.html).toBe(
      '<table><tr><td>1030</td><td>1102.3</td><td></td><td></td></tr>' +
        '<tr><td>12345.6</td><td></td><td></td><td></td></tr>' +
        '<tr><td></td><td>7.4</td><td></td><td></td></tr></table>',
    );
  });
});

describe('clearBlockChanges', () => {
  it('clears only the stored values of the block, in one batch', () => {
    const changes = clearBlockChanges(model, { top: 0, left: 2, bottom: 2, right: 5 });
    expect(changes).toEqual([
      { indicatorId: makeIndicatorId(PLAN, 1), year: 2022, measure: 'value', next: null },
      { indicatorId: makeIndicatorId(PLAN, 3), year: 2022, measure: 'value', next: null },
    ]);
  });
});

describe('moveInTabRun', () => {
  const bounds = { rows: 31, cols: 6 };
  it('returns to the column where the Tabs started on Enter, as Excel does', () => {
    let move = moveInTabRun({ row: 4, col: 2 }, 'Tab', bounds, null);
    expect(move).toEqual({ cursor: { row: 4, col: 3 }, tabStart: 2 });
    move = moveInTabRun(move.cursor, 'Tab', bounds, move.tabStart);
    expect(move).toEqual({ cursor: { row: 4, col: 4 }, tabStart: 2 });
    move = moveInTabRun(move.cursor, 'Enter', bounds, move.tabStart);
    expect(move).toEqual({ cursor: { row: 5, col: 2 }, tabStart: null });
  });

  it('ends the run on any other key, and Enter alone just moves down', () => {
    const moved = moveInTabRun({ row: 4, col: 3 }, 'ArrowDown', bounds, 2);
    expect(moved).toEqual({ cursor: { row: 5, col: 3 }, tabStart: null });
    expect(moveInTabRun({ row: 4, col: 3 }, 'Enter', bounds, null)).toEqual({
      cursor: { row: 5, col: 3 },
      tabStart: null,
    });
  });
});
