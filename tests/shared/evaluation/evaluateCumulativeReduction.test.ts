import { describe, expect, it } from 'vitest';
import { evaluateWith, makeBase, makeIndicator, makePlan } from '../../helpers/makeIndicator';

const energy = makeIndicator({
  name: '单位GDP能源消耗降幅',
  unit: '%',
  attribute: '约束性',
  direction: 'lowerIsBetter',
  base: makeBase(16, { isPeriodAverage: true }),
  target: {
    kind: 'cumulativeReduction',
    reductionPercent: { min: 16, max: 16, qualifier: 'exact' },
  },
});

describe('evaluateCumulativeReduction', () => {
  it('compounds annual cuts and holds a binding cut to the 12th-plan schedule', () => {
    const result = evaluateWith(energy, [
      [2021, 3],
      [2022, 3.5],
    ]);
    // 1 − 0.97·0.965 = 6.395 % against 16·40 % = 6.4 %: R = 0.99922 < 1 → 滞后 for 约束性.
    expect(result.progressRatio).toBeCloseTo(0.99921875, 10);
    expect(result.taskProgress).toBeCloseTo(6.395 / 16, 10);
    expect(result.requiredAnnualGrowth).toBeCloseTo(-3.544556, 6);
    expect(result.verdict).toBe('滞后');
    expect(result.explanation).toBe(
      '2021—2022年单位GDP能源消耗降幅累计为6.4%，完成五年下降16%目标的40.0%（时间进度40.0%，按进度应累计下降6.4%），滞后；2023—2025年需年均下降3.5%方可完成目标。',
    );
    const anticipatory = { ...energy, attribute: '预期性' as const };
    expect(
      evaluateWith(anticipatory, [
        [2021, 3],
        [2022, 3.5],
      ]).verdict,
    ).toBe('符合预期');
  });

  it('accepts growth of the intensity (negative = fall) and ranges [18-22]', () => {
    const land = makeIndicator({
      name: '单位GDP建设用地使用面积降幅',
      unit: '%',
      base: makeBase(null),
      target: {
        kind: 'cumulativeReduction',
        reductionPercent: { min: 18, max: 22, qualifier: 'exact' },
      },
    });
    const result = evaluateWith(land, [
      [2021, -4, 'growth'],
      [2022, -4, 'growth'],
    ]);
    expect(result.progressRatio).toBeCloseTo(7.84 / 7.2, 10);
    expect(result.verdict).toBe('符合预期');
    expect(result.explanation).toContain('完成五年下降18—22%目标的43.6%');
  });

  it('cannot compound across a missing year', () => {
    const result = evaluateWith(energy, [[2022, 3.5]]);
    expect(result.verdict).toBe('数据不足');
    expect(result.missing).toBe('缺少2021年降幅实际值，无法累计计算');
  });

  it('reads a completion table figure as the period cut', () => {
    const context = {
      plan: { baseYear: 2015, targetYear: 2020, tableKind: 'completion' },
      year: 2020,
      mode: 'final',
    } as const;
    const row = {
      ...energy,
      target: {
        kind: 'cumulativeReduction',
        reductionPercent: { min: 14, max: 14, qualifier: 'exact' },
      },
    } as const;
    expect(evaluateWith(row, [[2020, 14.09]], context).verdict).toBe('全面完成');
  });

  // 002 line 329: 抚州 单位GDP能耗降低 [14]; 2020 column 2.89 (that year's cut), achieved [14.09].
  it('prefers the published cumulative reduction (cumulativeChange) to the annual figures', () => {
    const fzEnergy = {
      ...energy,
      target: {
        kind: 'cumulativeReduction',
        reductionPercent: { min: 14, max: 14, qualifier: 'exact' },
      },
    } as const;
    const result = evaluateWith(
      fzEnergy,
      [
        [2020, 2.89],
        [2020, 14.09, 'cumulativeChange'],
      ],
      {
        plan: makePlan({ baseYear: 2015, targetYear: 2020, tableKind: 'completion' }),
        year: 2020,
        mode: 'final',
      },
    );
    expect(result.verdict).toBe('全面完成');
    expect(result.explanation).toContain('累计为14.1%（官方公布）');
  });
});
