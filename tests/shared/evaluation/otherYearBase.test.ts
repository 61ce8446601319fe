import { describe, expect, it } from 'vitest';
import { evaluateWith, makeBase, makeIndicator } from '../../helpers/makeIndicator';

// Issue 12, item 5, with made-up numbers: a base marked `*` (带*的为2019年数据) counts from 2019.
const urban = makeIndicator({
  name: '常住人口城镇化率',
  unit: '%',
  baseRaw: '70*',
  growthRaw: '[3]',
  base: makeBase(70, { year: 2019, isOtherYear: true }),
  target: {
    kind: 'cumulativeChange',
    change: { min: 3, max: 3, qualifier: 'exact' },
    targetValue: null,
  },
});

describe('a base of another year', () => {
  it('counts the increment 较2019年 and time progress over 2019—2025 (2 of 6 years in 2021)', () => {
    const result = evaluateWith(urban, [[2021, 71]], { year: 2021 });
    expect(result.timeProgress).toBeCloseTo(2 / 6, 12);
    expect(result.taskProgress).toBeCloseTo(1 / 3, 12);
    expect(result.progressRatio).toBeCloseTo(1, 12);
    expect(result.verdict).toBe('符合预期');
    expect(result.explanation).toBe(
      '2021年常住人口城镇化率为71.0%，较2019年提高1.0个百分点，完成规划提高3个百分点任务的33.3%（时间进度33.3%），符合预期；2022—2025年需年均提高0.5个百分点方可实现提高3个百分点（73%）目标（基期值为2019年数据，增量和时间进度自2019年起算）。',
    );
  });

  it('compounds growth over the years since 2019 for a total with a growth rate', () => {
    const retail = makeIndicator({
      name: '社会消费品零售总额',
      base: makeBase(100, { year: 2019, isOtherYear: true }),
      target: {
        kind: 'levelWithGrowth',
        targetValue: null,
        annualGrowth: { value: 5, qualifier: 'exact' },
      },
    });
    const result = evaluateWith(retail, [[2021, 110]], { year: 2021 });
    expect(result.progressRatio).toBeCloseTo((Math.sqrt(1.1) - 1) / 0.05, 12);
    expect(result.expected).toBeCloseTo(100 * 1.05 ** 2, 12);
    expect(result.timeProgress).toBeCloseTo(2 / 6, 12);
    expect(result.explanation).toContain('2020—2021年年均增长4.9%，为规划年均增长5%的97.6%');
    expect(result.explanation).toContain('自2019年起算');
  });

  it('counts from the plan’s base year again once a revised 2020 base is entered', () => {
    const result = evaluateWith(
      urban,
      [
        [2020, 69],
        [2021, 70],
      ],
      { year: 2021 },
    );
    expect(result.timeProgress).toBeCloseTo(1 / 5, 12);
    expect(result.baseRevision?.revisedBase).toBe(69);
    expect(result.explanation).not.toContain('自2019年起算');
  });
});
