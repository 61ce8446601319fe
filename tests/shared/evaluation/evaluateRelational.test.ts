import { describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../../shared/domain/ids';
import { evaluateWith, makeActual, makeBase, makeIndicator } from '../../helpers/makeIndicator';

const gdp = makeIndicator({ id: asIndicatorId('p/gdp') });
const income = (relation: 'above' | 'inStep' | 'below') =>
  makeIndicator({
    id: asIndicatorId('p/income'),
    name: '居民人均可支配收入',
    unit: '元',
    base: makeBase(33632),
    target: { kind: 'relational', relation, referenceName: 'GDP' },
  });
const gdpGrowth = [
  makeActual('p/gdp', 2021, 8.4, 'growth'),
  makeActual('p/gdp', 2022, 3.0, 'growth'),
];
const rows = [
  [2021, 8.1, 'growth'],
  [2022, 5.0, 'growth'],
] as const;

describe('evaluateRelational', () => {
  it('compares average growth with the named indicator in the same years', () => {
    const indicator = income('inStep');
    const result = evaluateWith(indicator, rows, { indicators: [gdp, indicator] }, gdpGrowth);
    expect(result.numbers[0]?.value).toBeCloseTo(6.538725, 6);
    expect(result.numbers[1]?.value).toBeCloseTo(5.66551, 5);
    expect(result.verdict).toBe('符合预期');
    expect(result.explanation).toBe(
      '2021—2022年居民人均可支配收入两年平均增长6.5%，地区生产总值（GDP）两年平均增长5.7%，前者高0.8个百分点，规划要求与GDP增长基本同步，符合预期。',
    );
  });

  it('judges 高于 and 低于 by the sign of the difference', () => {
    const above = income('above');
    expect(evaluateWith(above, rows, { indicators: [gdp, above] }, gdpGrowth).verdict).toBe(
      '符合预期',
    );
    const below = income('below');
    expect(evaluateWith(below, rows, { indicators: [gdp, below] }, gdpGrowth).verdict).toBe('滞后');
  });

  it('derives growth from levels and says when the reference is unknown', () => {
    const indicator = income('above');
    const levels = [
      [2021, 36000],
      [2022, 38000],
    ] as const;
    const gdpLevels = [makeActual('p/gdp', 2021, 1030), makeActual('p/gdp', 2022, 1102.3)];
    const result = evaluateWith(indicator, levels, { indicators: [gdp, indicator] }, gdpLevels);
    expect(result.numbers[0]?.value).toBeCloseTo((Math.sqrt(38000 / 33632) - 1) * 100, 10);
    expect(result.numbers[1]?.value).toBeCloseTo((Math.sqrt(1102.3 / 957.14) - 1) * 100, 10);
    expect(evaluateWith(indicator, levels, { indicators: [indicator] }).missing).toBe(
      '在本规划中找不到参照指标「GDP」',
    );
  });
});
