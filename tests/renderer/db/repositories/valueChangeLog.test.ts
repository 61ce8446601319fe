import { describe, expect, it } from 'vitest';
import { asPlanId, makeIndicatorId } from '../../../../shared/domain/ids';
import type { ChangeLogRow } from '../../../../renderer/src/db/rows';
import {
  rowIdOfEntry,
  valueChangeEntries,
  valueLogRows,
  type AppliedValueChange,
  type ValueContent,
} from '../../../../renderer/src/db/repositories/valueChangeLog';
import { makeWriteContext } from '../../../helpers/testDb';

const PLAN = asPlanId('test-jdz');
const GDP = makeIndicatorId(PLAN, 1);
const JOBS = makeIndicatorId(PLAN, 2);
const AT = '2026-11-22T10:00:00.000Z';

function content(value: number, note = ''): ValueContent {
  return { value, status: '年报数', source: '', note };
}

function change(
  year: number,
  before: ValueContent | null,
  after: ValueContent | null,
  indicatorId = GDP,
): AppliedValueChange {
  return { indicatorId, year, measure: 'value', before, after };
}

function rowsOf(applied: readonly AppliedValueChange[]): ChangeLogRow[] {
  let count = 0;
  const context = { ...makeWriteContext(), newId: () => `row-${(count += 1)}` };
  return valueLogRows(context, AT, PLAN, applied);
}

describe('valueLogRows', () => {
  it('writes one cell as before: one logged value each side and the cell’s own action', () => {
    const [row] = rowsOf([change(2021, content(1102.3), null)]);
    expect([row?.action, row?.indicatorId, row?.after]).toEqual(['清除实际值', GDP, null]);
    expect(JSON.parse(row!.before!)).toEqual({ year: 2021, measure: 'value', ...content(1102.3) });
  });

  it('groups an indicator’s cells into one row of aligned arrays, in first-seen order', () => {
    const rows = rowsOf([
      change(2022, null, content(1)),
      change(2021, null, content(2), JOBS),
      change(2023, content(3), content(4)),
    ]);
    expect(rows.map((row) => [row.id, row.indicatorId, row.action])).toEqual([
      ['row-1', GDP, '修改实际值'],
      ['row-2', JOBS, '填报实际值'],
    ]);
    expect(JSON.parse(rows[0]!.before!)).toEqual([
      null,
      { year: 2023, measure: 'value', ...content(3) },
    ]);
    expect((JSON.parse(rows[0]!.after!) as { value: number }[]).map((v) => v.value)).toEqual([
      1, 4,
    ]);
  });

  it('splits a group before its text passes 200,000 characters', () => {
    const long = 'x'.repeat(60_000);
    const rows = rowsOf(
      [2021, 2022, 2023, 2024, 2025].map((y) => change(y, null, content(y, long))),
    );
    expect(rows.map((row) => (JSON.parse(row.after!) as unknown[]).length)).toEqual([3, 2]);
    expect(Math.max(...rows.map((row) => row.after!.length))).toBeLessThan(200_000);
  });
});

describe('valueChangeEntries', () => {
  it('reads every cell of a group as its own entry with its own action and id', () => {
    const [row] = rowsOf([change(2022, null, content(1)), change(2023, content(3), null)]);
    expect(valueChangeEntries(row!).map((e) => [e.id, e.action, e.year, e.after])).toEqual([
      ['row-1#0', '填报实际值', 2022, content(1)],
      ['row-1#1', '清除实际值', 2023, null],
    ]);
  });

  it('reads a single-cell row with the row’s id and action', () => {
    const [row] = rowsOf([change(2021, content(1), content(2))]);
    expect(valueChangeEntries(row!).map((e) => [e.id, e.action, e.before, e.after])).toEqual([
      ['row-1', '修改实际值', content(1), content(2)],
    ]);
  });

  it('skips rows it cannot read instead of failing the whole history', () => {
    const [row] = rowsOf([change(2022, null, content(1)), change(2023, null, content(2))]);
    const broken: ChangeLogRow[] = [
      { ...row!, after: '{not json' },
      { ...row!, before: '[null]' },
      { ...row!, after: '[1,2]' },
      { ...row!, action: '修改指标' },
      { ...row!, indicatorId: null },
    ];
    expect(broken.map((r) => valueChangeEntries(r).length)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('rowIdOfEntry', () => {
  it('names a group cell’s row, or the row itself', () => {
    expect(['a1b2#12', 'a1b2', 'a#b', 'a#1#2'].map(rowIdOfEntry)).toEqual([
      'a1b2',
      'a1b2',
      'a#b',
      'a#1',
    ]);
  });
});
