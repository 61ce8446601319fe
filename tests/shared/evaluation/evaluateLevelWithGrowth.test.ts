import { describe, expect, it } from 'vitest';
import { evaluateWith, makeBase, makeIndicator, makePlan } from '../../helpers/makeIndicator';

// The 13th-plan completion tables: base 2015, target 2020, judged at the end of term.
const completion = {
  plan: makePlan({ baseYear: 2015, targetYear: 2020, tableKind: 'completion' }),
  year: 2020,
  mode: 'final',
} as const;

// 景德镇 14th plan (source doc 000): 地区生产总值 957.14 → 1200, 7 左右.
const gdp = makeIndicator();

describe('evaluateLevelWithGrowth', () => {
  // A nominal total (社会消费品零售总额, made-up figures on GDP's path): its level and its growth
  // are in the same prices, so growth from the levels is compared with the planned rate.
  const retail = makeIndicator({ name: '社会消费品零售总额' });

  it('compares the level with base·(1+r)^(y−base) and gives the required growth', () => {
    const result = evaluateWith(retail, [
      [2021, 1030],
      [2022, 1102.3],
    ]);
    expect(result.verdict).toBe('符合预期');
    expect(result.timeProgress).toBe(0.4);
    expect(result.expected).toBeCloseTo(957.14 * 1.07 ** 2, 10);
    expect(result.expected).toBeCloseTo(1095.829586, 6);
    expect(result.progressRatio).toBeCloseTo(((1102.3 / 957.14) ** 0.5 - 1) / 0.07, 12);
    expect(result.progressRatio).toBeCloseTo(1.045061, 6);
    // One figure (issue 12, item 6): task progress is R × time progress, the sentence prints R.
    expect(result.taskProgress).toBeCloseTo(1.045061 * 0.4, 6);
    expect(result.requiredAnnualGrowth).toBeCloseTo(2.871202, 6);
    expect(result.projectedTargetValue).toBeCloseTo(1362.342544, 5);
    expect(result.explanation).toBe(
      '2022年社会消费品零售总额为1102.3亿元，2021—2022年两年平均增长7.3%，为规划年均增长7%左右的104.5%，符合预期；2023—2025年需年均增长2.9%方可实现1200亿元目标。',
    );
  });

  // Issue 12, item 7: GDP's level is nominal, its growth target real. Without real growth the
  // level is judged against the target level; a nominal gain is never divided by the real rate.
  it('judges GDP with only current-price levels on the level against the target level', () => {
    const result = evaluateWith(gdp, [
      [2021, 1030],
      [2022, 1102.3],
    ]);
    const levelRate = ((1200 / 957.14) ** (1 / 5) - 1) * 100;
    expect(levelRate).toBeCloseTo(4.62637, 5);
    expect(result.progressRatio).toBeCloseTo(
      ((1102.3 / 957.14) ** 0.5 - 1) / (levelRate / 100),
      12,
    );
    expect(result.progressRatio).toBeCloseTo(1.581246, 6);
    expect(result.verdict).toBe('快于预期');
    expect(result.expected).toBeCloseTo(957.14 * (1200 / 957.14) ** 0.4, 10);
    expect(result.taskProgress).toBeCloseTo(1.581246 * 0.4, 6);
    expect(result.numbers).toContainEqual({ label: '目标值所需年均增速', value: levelRate });
    expect(result.explanation).toBe(
      '2022年地区生产总值（GDP）为1102.3亿元，2021—2022年两年平均增长7.3%（按现价水平值计算），为按基期值957.14亿元、目标值1200亿元推算的规划年均增长4.6%（未录入可比价增速，按现价水平值评价）的158.1%，快于预期；2023—2025年需年均增长2.9%方可实现1200亿元目标。',
    );
    expect(result.rule).toContain('不以现价增速对比可比价目标');
  });

  it('refuses to judge GDP growth from current-price levels when the plan gives no target level', () => {
    const noGoal = makeIndicator({
      target: {
        kind: 'levelWithGrowth',
        targetValue: null,
        annualGrowth: { value: 7, qualifier: 'about' },
      },
    });
    const result = evaluateWith(noGoal, [[2022, 1102.3]]);
    expect(result.verdict).toBe('数据不足');
    expect(result.missing).toBe(
      '缺少2021—2022年可比价增速（现价水平值推算的增速不能与按可比价计算的增速目标相比，规划也未给出目标值）',
    );
    const withReal = evaluateWith(noGoal, [
      [2022, 1102.3],
      [2021, 6, 'growth'],
      [2022, 6.4, 'growth'],
    ]);
    expect(withReal.progressRatio).toBeCloseTo((Math.sqrt(1.06 * 1.064) - 1) / 0.07, 10);
  });

  it('says 可比价 only of GDP and value added: 财政总收入 and 人口 are 官方公布 only', () => {
    const rows = [[2022, 9.6, 'averageGrowth']] as const;
    const revenue = makeIndicator({ name: '财政总收入' });
    const population = makeIndicator({ name: '全市总人口', unit: '万人' });
    expect(evaluateWith(revenue, rows).explanation).toContain('两年平均增长9.6%（官方公布），');
    expect(evaluateWith(population, rows).explanation).toContain('（官方公布），');
    expect(evaluateWith(gdp, rows).explanation).toContain('两年平均增长9.6%（官方公布，可比价），');
    const entered = [
      [2021, 9, 'growth'],
      [2022, 10, 'growth'],
    ] as const;
    expect(evaluateWith(revenue, entered).explanation).toContain('（按录入的各年增速计算）');
    expect(evaluateWith(gdp, entered).explanation).toContain('（按可比价计算的实际增速）');
  });

  it('prefers official real growth (measure growth) over the current-price level', () => {
    const result = evaluateWith(gdp, [
      [2021, 8, 'growth'],
      [2022, 4.5, 'growth'],
      [2022, 1080],
    ]);
    // √(1.08·1.045) − 1 = 6.2351 %; R = 6.2351/7 = 0.8908 < 0.95 and below 7 − 0.5.
    expect(result.progressRatio).toBeCloseTo(0.890798, 6);
    expect(result.verdict).toBe('滞后');
    expect(result.requiredAnnualGrowth).toBeCloseTo(((1200 / 1080) ** (1 / 3) - 1) * 100, 10);
    expect(result.explanation).toBe(
      '2022年地区生产总值（GDP）为1080亿元，2021—2022年两年平均增长6.2%（按可比价计算的实际增速），为规划年均增长7%左右的89.1%，滞后；2023—2025年需按现价年均增长3.6%方可实现1200亿元目标。',
    );
  });

  it('treats 左右 as a band: 6.5% a year meets 7左右 although R = 92.9%', () => {
    const result = evaluateWith(gdp, [
      [2021, 6.5, 'growth'],
      [2022, 6.5, 'growth'],
    ]);
    expect(result.progressRatio).toBeCloseTo(6.5 / 7, 10);
    expect(result.verdict).toBe('符合预期');
    const exact = makeIndicator({
      target: {
        kind: 'levelWithGrowth',
        targetValue: 1200,
        annualGrowth: { value: 7, qualifier: 'exact' },
      },
    });
    expect(
      evaluateWith(exact, [
        [2021, 6.5, 'growth'],
        [2022, 6.5, 'growth'],
      ]).verdict,
    ).toBe('滞后');
  });

  it('judges a binding indicator strictly: R = 97% is on track only when anticipatory', () => {
    const target = {
      kind: 'levelWithGrowth',
      targetValue: null,
      annualGrowth: { value: 10, qualifier: 'exact' },
    } as const;
    const rows = [
      [2021, 9.7, 'growth'],
      [2022, 9.7, 'growth'],
    ] as const;
    expect(evaluateWith(makeIndicator({ target }), rows).verdict).toBe('符合预期');
    expect(evaluateWith(makeIndicator({ target, attribute: '约束性' }), rows).verdict).toBe('滞后');
  });

  it('says 提前实现 when the target level is already reached', () => {
    const result = evaluateWith(gdp, [[2022, 1250]]);
    expect(result.verdict).toBe('提前实现');
    expect(result.explanation).toBe(
      '2022年地区生产总值（GDP）为1250亿元，已达到1200亿元的目标，提前实现。',
    );
  });

  it('words negative growth as 下降 and lags', () => {
    const result = evaluateWith(retail, [[2022, 930]]);
    expect(result.verdict).toBe('滞后');
    expect(result.progressRatio).toBeCloseTo(((930 / 957.14) ** 0.5 - 1) / 0.07, 12);
    expect(result.progressRatio).toBeLessThan(0);
    expect(result.requiredAnnualGrowth).toBeCloseTo(8.867796, 5);
  });

  it('handles a planned decline (lower is better, r < 0): falling faster is ahead', () => {
    const deaths = makeIndicator({
      name: '亿元生产总值生产安全事故死亡率',
      unit: '',
      direction: 'lowerIsBetter',
      base: makeBase(0.085, { year: 2015 }),
      target: {
        kind: 'levelWithGrowth',
        targetValue: 0.059,
        annualGrowth: { value: -6, qualifier: 'exact' },
      },
    });
    const plan = makePlan({ baseYear: 2015, targetYear: 2020, tableKind: 'completion' });
    const result = evaluateWith(
      deaths,
      [
        [2020, 0.058],
        [2020, -7.36, 'growth'],
      ],
      { plan, year: 2020, mode: 'final' },
    );
    expect(result.progressRatio).toBeCloseTo(7.36 / 6, 10);
    expect(result.verdict).toBe('全面完成');
  });

  it('judges the 13th-plan GDP row at the end of term as 基本完成 (official: 基本完成或接近完成)', () => {
    const row = makeIndicator({
      base: makeBase(780.4, { year: 2015 }),
      target: {
        kind: 'levelWithGrowth',
        targetValue: 1200,
        annualGrowth: { value: 8.5, qualifier: 'exact' },
      },
    });
    const plan = makePlan({ baseYear: 2015, targetYear: 2020, tableKind: 'completion' });
    const result = evaluateWith(
      row,
      [
        [2020, 957.14],
        [2020, 7.4, 'growth'],
      ],
      { plan, year: 2020, mode: 'final' },
    );
    expect(result.progressRatio).toBeCloseTo(7.4 / 8.5, 12);
    expect(result.verdict).toBe('基本完成');
    expect(result.explanation).toBe(
      '2020年地区生产总值（GDP）为957.14亿元，目标为1200亿元，2016—2020年年均增长7.4%（按可比价计算的实际增速），为规划年均增长8.5%的87.1%，基本完成。',
    );
  });

  it('reports exactly what is missing', () => {
    const noBase = makeIndicator({ base: makeBase(null) });
    const result = evaluateWith(noBase, [[2022, 1100]]);
    expect(result.verdict).toBe('数据不足');
    expect(result.missing).toBe('缺少2020年基期值，且2021—2022年增速不全');
    expect(evaluateWith(gdp, []).missing).toBe('缺少2021—2022年实际值（水平值或增速）');
    const zero = makeIndicator({ base: makeBase(0) });
    expect(evaluateWith(zero, [[2022, 5]]).missing).toBe(
      '基期值为0，无法计算年均增速，且2021—2022年增速不全',
    );
  });

  // 000 line 150ff.: 景德镇 GDP 780.4 → 1200 at 8.5, 2020 actual 957.14 (current prices) and the
  // official 2016–2020 average real growth 7.4 (实际累计或年均增长).
  it('prefers the official average growth (averageGrowth) over growth from current-price levels', () => {
    const jdzGdp = makeIndicator({
      name: '地区生产总值',
      base: makeBase(780.4, { year: 2015, isEstimate: false }),
      target: {
        kind: 'levelWithGrowth',
        targetValue: 1200,
        annualGrowth: { value: 8.5, qualifier: 'exact' },
      },
    });
    const result = evaluateWith(
      jdzGdp,
      [
        [2020, 957.14],
        [2020, 7.4, 'averageGrowth'],
      ],
      completion,
    );
    expect(result.progressRatio).toBeCloseTo(7.4 / 8.5, 12);
    expect(result.verdict).toBe('基本完成');
    expect(result.explanation).toBe(
      '2020年地区生产总值为957.14亿元，目标为1200亿元，2016—2020年年均增长7.4%（官方公布，可比价），为规划年均增长8.5%的87.1%，基本完成。',
    );
  });

  it('keeps mid-term growth actuals as one-year rates (measure growth)', () => {
    const result = evaluateWith(gdp, [
      [2021, 8, 'growth'],
      [2022, 4.5, 'growth'],
      [2021, 9, 'averageGrowth'],
    ]);
    // The 2022 annual rates reach a later year than the 2021 published average.
    expect(result.progressRatio).toBeCloseTo(0.890798, 6);
  });
});
