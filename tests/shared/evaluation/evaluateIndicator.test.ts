import { describe, expect, it } from 'vitest';
import { evaluateWith, makeBase, makeIndicator } from '../../helpers/makeIndicator';

const gdp = makeIndicator();
// A nominal total on GDP's figures (made up): its growth is read from its levels (issue 12, item 7
// keeps GDP's current-price levels from being compared with its real growth target).
const retail = makeIndicator({ name: '社会消费品零售总额' });

// 抚州 14th plan (source doc 002): 常住人口城镇化率 52.8 → 60, [7.2]; the 7th census gives 56.96.
const fuzhouUrban = makeIndicator({
  name: '常住人口城镇化率',
  unit: '%',
  base: makeBase(52.8),
  target: {
    kind: 'cumulativeChange',
    change: { min: 7.2, max: 7.2, qualifier: 'exact' },
    targetValue: 60,
  },
});

describe('evaluateIndicator: base revisions', () => {
  it('is not fooled by a census break: judged against the revised base, keeping the increment', () => {
    const naive = evaluateWith(fuzhouUrban, [[2023, 59.72]], { year: 2023 });
    expect(naive.verdict).toBe('快于预期');
    const revised = evaluateWith(
      fuzhouUrban,
      [
        [2020, 56.96],
        [2023, 59.72],
      ],
      { year: 2023 },
    );
    expect(revised.progressRatio).toBeCloseTo(2.76 / 4.32, 10);
    expect(revised.verdict).toBe('滞后');
    expect(revised.baseRevision).toEqual({
      planBase: 52.8,
      revisedBase: 56.96,
      carryOver: 'keepIncrement',
      adjustedTarget: expect.closeTo(64.16, 10) as number,
      alternative: null,
    });
    expect(revised.explanation).toBe(
      '基期值由规划的52.8%修订为56.96%，按保持规划增量折算目标为64.16%；2023年常住人口城镇化率为59.72%，较2020年提高2.76个百分点，完成规划提高7.2个百分点任务的38.3%（时间进度60.0%），滞后；2024—2025年需年均提高2.22个百分点方可实现提高7.2个百分点（64.16%）目标。',
    );
  });

  it('shows both readings when keeping the growth rate and keeping the increment disagree', () => {
    const result = evaluateWith(retail, [
      [2020, 920],
      [2022, 1040],
    ]);
    expect(result.verdict).toBe('滞后');
    expect(result.progressRatio).toBeCloseTo(0.90313, 6);
    expect(result.baseRevision?.carryOver).toBe('keepGrowthRate');
    expect(result.baseRevision?.adjustedTarget).toBeCloseTo((1200 * 920) / 957.14, 10);
    expect(result.baseRevision?.alternative?.carryOver).toBe('keepIncrement');
    expect(result.baseRevision?.alternative?.verdict).toBe('快于预期');
    expect(result.baseRevision?.alternative?.adjustedTarget).toBeCloseTo(920 + 1200 - 957.14, 10);
    expect(result.baseRevision?.alternative?.progressRatio).toBeCloseTo(1.317949, 6);
    expect(result.explanation).toBe(
      '基期值由规划的957.14亿元修订为920亿元，按保持规划增速折算目标为1153.44亿元；2022年社会消费品零售总额为1040亿元，2021—2022年两年平均增长6.3%，为规划年均增长7%左右的90.3%，滞后；2023—2025年需年均增长3.5%方可实现1153.44亿元目标；若按保持规划增量折算（目标1162.86亿元），则为快于预期。',
    );
  });

  it('names a base of another year (68.05* is 2019 data) when the 2020 census replaces it', () => {
    const urban = makeIndicator({
      name: '常住人口城镇化率',
      unit: '%',
      base: makeBase(68.05, { year: 2019, isOtherYear: true }),
      target: {
        kind: 'cumulativeChange',
        change: { min: 3, max: 3, qualifier: 'about' },
        targetValue: null,
      },
    });
    const result = evaluateWith(urban, [
      [2020, 65.02],
      [2022, 66.3],
    ]);
    expect(
      result.explanation.startsWith(
        '基期值由规划的68.05%（2019年数据）修订为65.02%，按保持规划增量折算目标为68.02%；',
      ),
    ).toBe(true);
  });

  it('ignores a base-year value for kinds that do not depend on the base', () => {
    const unemployment = makeIndicator({
      unit: '%',
      target: { kind: 'ceiling', limit: 4.5, inclusive: true, isApproximate: false },
    });
    expect(
      evaluateWith(unemployment, [
        [2020, 3.5],
        [2022, 3.9],
      ]).baseRevision,
    ).toBeNull();
  });
});

describe('evaluateIndicator: edge cases', () => {
  it('uses the latest year with data and says which year is missing', () => {
    const result = evaluateWith(retail, [[2021, 1030]]);
    expect(result.dataYear).toBe(2021);
    expect(result.timeProgress).toBe(0.2);
    expect(result.expected).toBeCloseTo(957.14 * 1.07, 10);
    expect(result.missing).toBe('缺少2022年数据，按2021年数据评价');
    expect(result.explanation).toBe(
      '缺少2022年数据，按2021年数据评价：2021年社会消费品零售总额为1030亿元，2021年增长7.6%，为规划年均增长7%左右的108.7%，符合预期；2022—2025年需年均增长3.9%方可实现1200亿元目标。',
    );
  });

  it('evaluates a year past the target year at the target year', () => {
    const result = evaluateWith(
      gdp,
      [
        [2021, 1030],
        [2025, 1250],
      ],
      { year: 2027 },
    );
    expect(result.year).toBe(2027);
    expect(result.dataYear).toBe(2025);
    expect(result.timeProgress).toBe(1);
    expect(result.requiredAnnualGrowth).toBeNull();
    expect(result.explanation).toBe(
      '评估年份2027年晚于规划目标年，按2025年评价：2025年地区生产总值（GDP）为1250亿元，已达到1200亿元的目标，提前实现。',
    );
  });

  it('refuses a year not after the base year', () => {
    const result = evaluateWith(gdp, [[2020, 957.14]], { year: 2020 });
    expect(result.verdict).toBe('数据不足');
    expect(result.missing).toBe('评估年份2020年须晚于基期年2020年');
  });

  it('picks the most final status when a year has several values', () => {
    const result = evaluateWith(gdp, [], {}, [
      { ...makeActualFor(2022, 1102.3), status: '核实数' },
      { ...makeActualFor(2022, 1090), status: '快报数' },
    ]);
    expect(result.numbers.find((n) => n.label === '实际值')?.value).toBe(1102.3);
  });
});

function makeActualFor(year: number, value: number) {
  return {
    indicatorId: gdp.id,
    year,
    measure: 'value' as const,
    value,
    status: '年报数' as const,
    source: '',
    note: '',
  };
}
