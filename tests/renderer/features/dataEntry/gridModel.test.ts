import { windowCategorySpans } from '../../../../renderer/src/features/dataEntry/gridWindow';
import { describe, expect, it } from 'vitest';
import { asPlanId, makeIndicatorId } from '../../../../shared/domain/ids';
import {
  buildEntryGrid,
  changeForCell,
  previousValue,
  reuseRows,
} from '../../../../renderer/src/features/dataEntry/gridModel';
import { readCellInput, editText } from '../../../../renderer/src/features/dataEntry/cellInput';
import type { ActualValueRow } from '../../../../renderer/src/db/rows';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';

const PLAN = asPlanId('test-jdz');
const bundle = makeJdzPlanBundle(PLAN);
const GDP = makeIndicatorId(PLAN, 1);

function actual(year: number, value: number, indicatorId = GDP): ActualValueRow {
  return {
    indicatorId,
    year,
    measure: 'value',
    value,
    status: '年报数',
    source: '统计年鉴',
    note: '',
    planId: PLAN,
  };
}

describe('buildEntryGrid', () => {
  const model = buildEntryGrid(bundle.plan, bundle.indicators, [
    actual(2021, 1030),
    actual(2022, 1500),
    { ...actual(2022, 7.4), measure: 'growth' },
  ]);

  it('has the base year and every period year as columns, one row per indicator', () => {
    expect(model.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    const spans = windowCategorySpans(
      model.rows.map((r) => r.indicator.category),
      { start: 0, end: model.rows.length },
    );
    expect(model.rows.map((r, i) => [r.indicator.id, r.indicator.category, spans[i]])).toEqual([
      [GDP, '综合质效', 2],
      [makeIndicatorId(PLAN, 2), '综合质效', 0],
      [makeIndicatorId(PLAN, 3), '创新驱动', 1],
      [makeIndicatorId(PLAN, 4), '民生福祉', 1],
    ]);
  });

  it('places stored values of the measure value in their year column', () => {
    expect(model.rows[0]?.cells.map((c) => c?.value ?? null)).toEqual([
      null,
      1030,
      1500,
      null,
      null,
      null,
    ]);
    expect(model.rows[0]?.cells[1]).toEqual({
      value: 1030,
      status: '年报数',
      source: '统计年鉴',
      note: '',
    });
  });

  it('flags implausible stored values on their cell', () => {
    expect(model.rows[0]?.warnings).toEqual([
      null,
      null,
      '2022年数值与2021年（1030）相比增长 45.6%，超过 ±30% 的提示阈值，请核实',
      null,
      null,
      null,
    ]);
  });

  it('compares the first period year with the plan base value, and later years with the stored one', () => {
    const row = model.rows[0]!;
    expect(previousValue(row, model.years, 0)).toBeNull();
    expect(previousValue(row, model.years, 1)).toEqual({ year: 2020, value: 957.14 });
    expect(previousValue(row, model.years, 2)).toEqual({ year: 2021, value: 1030 });
    expect(previousValue(row, model.years, 4)).toBeNull();
    // [7.66] is a previous-period average, not a level to compare with.
    expect(previousValue(model.rows[1]!, model.years, 1)).toBeNull();
  });

  it('keeps status, source and note when a stored value is retyped; new values start as 预计数', () => {
    expect(changeForCell(model, { row: 0, col: 1 }, { kind: 'number', value: 1031 })).toEqual({
      indicatorId: GDP,
      year: 2021,
      measure: 'value',
      next: { value: 1031, status: '年报数', source: '统计年鉴', note: '' },
    });
    expect(changeForCell(model, { row: 0, col: 3 }, { kind: 'number', value: 1180 })).toEqual({
      indicatorId: GDP,
      year: 2023,
      measure: 'value',
      next: { value: 1180, status: '预计数', source: '', note: '' },
    });
    expect(changeForCell(model, { row: 0, col: 1 }, { kind: 'clear' }).next).toBeNull();
  });

  it('reads typed text: refuses words, warns on implausible numbers', () => {
    expect(readCellInput(model, { row: 0, col: 3 }, '约1300')).toEqual({
      ok: false,
      error: '「约1300」不是数值：请只填写数字，可带千分位逗号或百分号',
    });
    expect(readCellInput(model, { row: 0, col: 3 }, '１,６００')).toEqual({
      ok: true,
      input: { kind: 'number', value: 1600 },
      warnings: [],
    });
    expect(readCellInput(model, { row: 3, col: 1 }, '-3')).toEqual({
      ok: true,
      input: { kind: 'number', value: -3 },
      warnings: [
        '2021年数值与2020年（3.12）相比下降 196.2%，超过 ±30% 的提示阈值，请核实',
        '2021年数值为负数（-3），该指标一般不为负，请核实',
      ],
    });
    expect(editText(model, { row: 0, col: 1 })).toBe('1030');
    expect(editText(model, { row: 0, col: 3 })).toBe('');
  });
});

describe('reuseRows', () => {
  it('keeps unchanged row objects so memoised rows skip rendering', () => {
    const before = buildEntryGrid(bundle.plan, bundle.indicators, [actual(2021, 1030)]);
    const after = reuseRows(
      before,
      buildEntryGrid(bundle.plan, bundle.indicators, [actual(2021, 1031)]),
    );
    expect(after.rows.map((row, i) => row === before.rows[i])).toEqual([false, true, true, true]);
    expect(after.rows[0]?.cells[1]?.value).toBe(1031);
    expect(reuseRows(null, before)).toBe(before);
  });
});

describe('buildEntryGrid of another measure', () => {
  const rows = [
    actual(2021, 1030),
    { ...actual(2021, 8.2), measure: 'growth' as const },
    { ...actual(2023, 5.2), measure: 'firstHalfGrowth' as const },
  ];

  it('shows the growth rates beside the levels and writes to the measure on screen', () => {
    const growth = buildEntryGrid(bundle.plan, bundle.indicators, rows, undefined, 'growth');
    expect(growth.measure).toBe('growth');
    expect(growth.rows[0]?.cells.map((cell) => cell?.value ?? null)).toEqual([
      null,
      8.2,
      null,
      null,
      null,
      null,
    ]);
    const change = changeForCell(growth, { row: 0, col: 2 }, { kind: 'number', value: 4.6 });
    expect(change).toEqual({
      indicatorId: GDP,
      year: 2022,
      measure: 'growth',
      next: { value: 4.6, status: '预计数', source: '', note: '' },
    });
  });

  it('shows 上半年 growth in its own grid, and never reuses rows across measures', () => {
    const levels = buildEntryGrid(bundle.plan, bundle.indicators, rows);
    const half = buildEntryGrid(bundle.plan, bundle.indicators, rows, undefined, 'firstHalfGrowth');
    expect(half.rows[0]?.cells[3]?.value).toBe(5.2);
    expect(reuseRows(levels, half)).toBe(half);
  });
});

describe('base breaks in the grid', () => {
  it('flags a first level further from the base than the planned change, until revised', () => {
    // 每万人口高价值发明专利拥有量 5.8 → 8 ([2.2]): 8.5 in 2021 is 2.7 away.
    const patents = makeIndicatorId(PLAN, 3);
    const flagged = buildEntryGrid(bundle.plan, bundle.indicators, [actual(2021, 8.5, patents)]);
    expect(flagged.rows[2]?.baseBreak).toBe(
      '每万人口高价值发明专利拥有量基期可能不可比：2021年实际值8.5件与规划基期值5.8件相差2.7件，超过规划期全部变化量2.2件，请核实并录入2020年修订基期值。',
    );
    expect(flagged.rows[2]?.isBaseRevised).toBe(false);
    expect(flagged.rows[0]?.baseBreak).toBeNull();
    const revised = buildEntryGrid(bundle.plan, bundle.indicators, [
      actual(2020, 7.9, patents),
      actual(2021, 8.5, patents),
    ]);
    expect(revised.rows[2]?.isBaseRevised).toBe(true);
  });
});
