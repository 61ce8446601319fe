import { describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../../shared/domain/ids';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { explainAtCutOff, twoYearAverageText } from '../../../shared/evaluation/cutOff';
import {
  evaluateWith,
  makeActual,
  makeBase,
  makeIndicator,
  makePlan,
} from '../../helpers/makeIndicator';

const GDP = makeIndicator();
const INDUSTRY = makeIndicator({
  id: asIndicatorId('test-plan/002'),
  name: '规模以上工业增加值增速',
  unit: '%',
  baseRaw: '[7.66]',
  targetRaw: '--',
  growthRaw: '7 左右',
  base: makeBase(7.66, { isPeriodAverage: true }),
  target: { kind: 'growthRate', annualGrowth: { value: 7, qualifier: 'about' } },
});

describe('evaluation at a mid-year cut-off', () => {
  it('judges a growth-rate indicator on 2021, 2022 and 2023 上半年', () => {
    const evaluation = evaluateWith(
      INDUSTRY,
      [
        [2021, 8],
        [2022, 6],
        [2023, 5.5, 'firstHalfValue'],
      ],
      { year: 2023 },
    );
    expect(evaluation.dataYear).toBe(2023);
    expect(evaluation.dataPeriod).toBe('firstHalf');
    expect(evaluation.explanation).toBe(
      '2021年至2023年上半年规模以上工业增加值增速平均为6.5%，规划目标为7%左右，为规划目标的92.8%，滞后；2024—2025年需年均增长7.8%方可实现2021—2025年年均7%左右的目标（2023年按上半年数据评价）。',
    );
  });

  it('judges GDP on real growth with 2023 上半年 growth', () => {
    const evaluation = evaluateWith(
      GDP,
      [
        [2021, 1030],
        [2022, 1102.3],
        [2021, 8.2, 'growth'],
        [2022, 4.6, 'growth'],
        [2023, 5.2, 'firstHalfGrowth'],
      ],
      { year: 2023 },
    );
    expect(evaluation.explanation).toBe(
      '2021年至2023年上半年地区生产总值（GDP）年均增长6.0%（按可比价计算的实际增速），为规划年均增长7%左右的85.5%，滞后（2023年按上半年数据评价）。',
    );
  });

  it('says 两年平均 for 2021—2022', () => {
    const evaluation = evaluateWith(
      GDP,
      [
        [2021, 8.2, 'growth'],
        [2022, 4.6, 'growth'],
      ],
      { year: 2022 },
    );
    expect(evaluation.explanation).toBe(
      '2021—2022年地区生产总值（GDP）两年平均增长6.4%（按可比价计算的实际增速），为规划年均增长7%左右的91.2%，滞后。',
    );
  });

  it('uses full-year figures when the year has them, and ignores part-year levels in 亿元', () => {
    const full = evaluateWith(
      GDP,
      [
        [2023, 5.4, 'growth'],
        [2023, 5.2, 'firstHalfGrowth'],
        [2023, 600, 'firstHalfValue'],
      ],
      { year: 2023 },
    );
    expect(full.dataPeriod).toBeUndefined();
    expect(full.explanation).not.toContain('上半年');
    const levelOnly = evaluateWith(GDP, [[2023, 600, 'firstHalfValue']], { year: 2023 });
    expect(levelOnly.verdict).toBe('数据不足');
  });

  it('prints the cut-off in the summary', () => {
    const result = evaluatePlan(
      {
        plan: makePlan(),
        indicators: [GDP, INDUSTRY],
        actualValues: [
          makeActual(GDP.id, 2022, 4.6, 'growth'),
          makeActual(GDP.id, 2021, 8.2, 'growth'),
          makeActual(GDP.id, 2023, 5.2, 'firstHalfGrowth'),
          makeActual(INDUSTRY.id, 2021, 8),
          makeActual(INDUSTRY.id, 2022, 6),
          makeActual(INDUSTRY.id, 2023, 5.9, 'firstThreeQuartersValue'),
        ],
      },
      { year: 2023, mode: 'midterm' },
    );
    expect(result.summary.cutOff).toBe('数据截至2023年前三季度（部分指标为上半年数据）');
    expect(result.summary.sentence).toBe(
      '数据截至2023年前三季度（部分指标为上半年数据），2项主要指标中，1项符合预期，1项滞后。',
    );
  });
});

describe('explainAtCutOff', () => {
  it('names the part-year at every mention of the year', () => {
    expect(
      explainAtCutOff('2021—2023年甲年均增长5%；2023年乙为3%。', {
        year: 2023,
        period: 'firstThreeQuarters',
      }),
    ).toBe(
      '2021年至2023年前三季度甲年均增长5%；2023年前三季度乙为3%（2023年按前三季度数据评价）。',
    );
  });
});

describe('twoYearAverageText', () => {
  it('says 两年平均 only after the two years following the base', () => {
    expect(twoYearAverageText('2021—2022年年均下降1.0%', 2020)).toBe('2021—2022年两年平均下降1.0%');
    expect(twoYearAverageText('2021—2023年年均增长1.0%', 2020)).toBe('2021—2023年年均增长1.0%');
  });
});
