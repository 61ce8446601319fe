import { describe, expect, it } from 'vitest';
import { checkPlausibility } from '../../../shared/values/checkPlausibility';
import type { PlausibilityInput } from '../../../shared/values/checkPlausibility';
import { DEFAULT_PLAUSIBILITY_SETTINGS } from '../../../shared/values/plausibilitySettings';
import { makeBase, makeIndicator } from '../../helpers/makeIndicator';

const gdp = makeIndicator();
const unemployment = makeIndicator({
  name: '城镇登记失业率',
  unit: '%',
  base: makeBase(3.12),
  target: { kind: 'ceiling', limit: 4.5, inclusive: true, isApproximate: false },
  direction: 'lowerIsBetter',
});
const industryGrowth = makeIndicator({
  name: '规模以上工业增加值增速',
  unit: '%',
  target: { kind: 'growthRate', annualGrowth: { value: 7, qualifier: 'about' } },
});
const urbanisation = makeIndicator({
  name: '常住人口城镇化率',
  unit: '%',
  target: {
    kind: 'cumulativeChange',
    change: { min: 7.2, max: 7.2, qualifier: 'exact' },
    targetValue: 60,
  },
});

function input(overrides: Partial<PlausibilityInput>): PlausibilityInput {
  return {
    indicator: gdp,
    year: 2021,
    measure: 'value',
    value: 1102.3,
    previous: null,
    ...overrides,
  };
}

describe('checkPlausibility', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_PLAUSIBILITY_SETTINGS).toEqual({
      maxChangePercent: 30,
      maxRateChangePoints: 10,
      checkShareAbove100: true,
      checkNegative: true,
    });
  });

  it('accepts 景德镇 GDP 957.14 → 1102.3 (+15.2 %)', () => {
    expect(checkPlausibility(input({ previous: { year: 2020, value: 957.14 } }))).toEqual([]);
  });

  it('warns when GDP jumps beyond +30 % (a unit slip: 万元 for 亿元)', () => {
    expect(
      checkPlausibility(input({ value: 1300, previous: { year: 2020, value: 957.14 } })),
    ).toEqual([
      {
        kind: 'largeChange',
        message: '2021年数值与2020年（957.14）相比增长 35.8%，超过 ±30% 的提示阈值，请核实',
      },
    ]);
  });

  it('warns on a fall beyond the configured threshold', () => {
    const settings = { ...DEFAULT_PLAUSIBILITY_SETTINGS, maxChangePercent: 10 };
    expect(
      checkPlausibility(
        input({ year: 2022, value: 957.14, previous: { year: 2021, value: 1102.3 } }),
        settings,
      ),
    ).toEqual([
      {
        kind: 'largeChange',
        message: '2022年数值与2021年（1102.3）相比下降 13.2%，超过 ±10% 的提示阈值，请核实',
      },
    ]);
  });

  it('does not warn at exactly the threshold', () => {
    expect(checkPlausibility(input({ value: 130, previous: { year: 2020, value: 100 } }))).toEqual(
      [],
    );
  });

  it('compares growth rates in percentage points', () => {
    const base = { indicator: industryGrowth, year: 2021 };
    expect(
      checkPlausibility(input({ ...base, value: 12.1, previous: { year: 2020, value: 4.6 } })),
    ).toEqual([]);
    expect(
      checkPlausibility(input({ ...base, value: -8.5, previous: { year: 2020, value: 4.6 } })),
    ).toEqual([
      {
        kind: 'largeChange',
        message:
          '2021年数值与2020年（4.6）相比下降 13.1 个百分点，超过 ±10 个百分点的提示阈值，请核实',
      },
    ]);
  });

  it('treats the growth measure of a level indicator as a rate', () => {
    expect(
      checkPlausibility(
        input({ measure: 'growth', value: -2.5, previous: { year: 2020, value: 3.9 } }),
      ),
    ).toEqual([]);
  });

  it('warns on a share above 100 %', () => {
    expect(checkPlausibility(input({ indicator: urbanisation, value: 165.02 }))).toEqual([
      {
        kind: 'shareAbove100',
        message: '2021年数值 165.02% 超过 100%，占比类指标一般不超过 100%，请核实',
      },
    ]);
  });

  it('lets a growth rate exceed 100 %', () => {
    expect(checkPlausibility(input({ indicator: industryGrowth, value: 120 }))).toEqual([]);
  });

  it('warns on a negative level, count or share', () => {
    expect(checkPlausibility(input({ value: -957.14 }))).toEqual([
      { kind: 'negative', message: '2021年数值为负数（-957.14），该指标一般不为负，请核实' },
    ]);
    expect(checkPlausibility(input({ indicator: unemployment, value: -3.1 }))).toEqual([
      { kind: 'negative', message: '2021年数值为负数（-3.1），该指标一般不为负，请核实' },
    ]);
  });

  it('allows negative growth rates and reductions', () => {
    expect(checkPlausibility(input({ indicator: industryGrowth, value: -3.2 }))).toEqual([]);
    const energy = makeIndicator({
      name: '单位GDP能源消耗降低',
      unit: '%',
      target: {
        kind: 'cumulativeReduction',
        reductionPercent: { min: 16, max: 16, qualifier: 'exact' },
      },
    });
    expect(checkPlausibility(input({ indicator: energy, value: -1.2 }))).toEqual([]);
  });

  it('can switch the share and negative checks off', () => {
    const settings = {
      ...DEFAULT_PLAUSIBILITY_SETTINGS,
      checkShareAbove100: false,
      checkNegative: false,
    };
    expect(checkPlausibility(input({ indicator: urbanisation, value: 101 }), settings)).toEqual([]);
    expect(checkPlausibility(input({ value: -1 }), settings)).toEqual([]);
  });

  it('skips the change check when the previous value is zero', () => {
    expect(checkPlausibility(input({ value: 5, previous: { year: 2020, value: 0 } }))).toEqual([]);
  });
});
