import { describe, expect, it } from 'vitest';
import { evaluateWith, makeBase, makeIndicator } from '../../helpers/makeIndicator';

describe('evaluateLevel', () => {
  it('interpolates compound for totals (全员劳动生产率 9.02 → 12.65)', () => {
    const productivity = makeIndicator({
      name: '全员劳动生产率',
      unit: '万元/人',
      base: makeBase(9.02),
      target: {
        kind: 'level',
        targetValue: { value: 12.65, qualifier: 'exact' },
        interpolation: 'compound',
      },
    });
    const result = evaluateWith(productivity, [[2022, 10.4]]);
    expect(result.expected).toBeCloseTo(9.02 * (12.65 / 9.02) ** 0.4, 12);
    expect(result.progressRatio).toBeCloseTo(1.054192, 6);
    expect(result.taskProgress).toBeCloseTo(1.054192 * 0.4, 6);
    expect(result.requiredAnnualGrowth).toBeCloseTo(6.746193, 6);
    expect(result.verdict).toBe('符合预期');
    expect(result.explanation).toBe(
      // One figure (issue 12, item 6): the sentence prints R, never actual ÷ expected (100.7%).
      '2022年全员劳动生产率为10.4万元/人，2021—2022年两年平均增长7.4%，为由9.02万元/人到12.65万元/人所需的规划年均增长7.0%的105.4%，符合预期；2023—2025年需年均增长6.7%方可实现12.65万元/人目标。',
    );
  });

  it('interpolates linearly for shares in % (数字经济占比 4.2 → 7左右)', () => {
    const share = makeIndicator({
      name: '数字经济核心产业增加值占GDP比重',
      unit: '%',
      base: makeBase(4.2),
      target: {
        kind: 'level',
        targetValue: { value: 7, qualifier: 'about' },
        interpolation: 'linear',
      },
    });
    const result = evaluateWith(share, [[2022, 5.5]]);
    expect(result.expected).toBeCloseTo(4.2 + 2.8 * 0.4, 12);
    expect(result.progressRatio).toBeCloseTo(1.3 / 1.12, 12);
    expect(result.requiredAnnualChange).toBeCloseTo(0.5, 12);
    expect(result.requiredAnnualGrowth).toBeNull();
    expect(result.verdict).toBe('符合预期');
    expect(result.explanation).toBe(
      '2022年数字经济核心产业增加值占GDP比重为5.5%，较2020年提高1.3个百分点，完成规划提高2.8个百分点左右任务的46.4%（时间进度40.0%），符合预期；2023—2025年需年均提高0.5个百分点方可实现7%目标。',
    );
    // 左右 on a linear level: within 10% of the increment counts as reached (6.72 and above).
    expect(evaluateWith(share, [[2022, 6.75]]).verdict).toBe('提前实现');
  });

  it('handles a falling target (城乡收入比 2.19 → 2.14, lower is better)', () => {
    const ratio = makeIndicator({
      name: '城乡居民人均可支配收入比',
      unit: '',
      direction: 'lowerIsBetter',
      base: makeBase(2.19),
      target: {
        kind: 'level',
        targetValue: { value: 2.14, qualifier: 'exact' },
        interpolation: 'linear',
      },
    });
    expect(evaluateWith(ratio, [[2022, 2.17]]).verdict).toBe('符合预期');
    expect(evaluateWith(ratio, [[2022, 2.2]]).verdict).toBe('滞后');
    expect(evaluateWith(ratio, [[2022, 2.13]]).verdict).toBe('提前实现');
  });

  it('falls back to linear when the base is 0', () => {
    const fromZero = makeIndicator({
      name: '新兴产业产值',
      base: makeBase(0),
      target: {
        kind: 'level',
        targetValue: { value: 50, qualifier: 'exact' },
        interpolation: 'compound',
      },
    });
    const result = evaluateWith(fromZero, [[2022, 20]]);
    expect(result.progressRatio).toBeCloseTo(20 / 20, 12);
    expect(result.verdict).toBe('符合预期');
    expect(result.rule).toContain('改用线性');
  });

  it('holds a level whose target equals its base (基本养老保险参保率 96.5 → 96.5)', () => {
    const coverage = makeIndicator({
      name: '基本养老保险参保率',
      unit: '',
      base: makeBase(96.5),
      target: {
        kind: 'level',
        targetValue: { value: 96.5, qualifier: 'exact' },
        interpolation: 'linear',
      },
    });
    const above = evaluateWith(coverage, [[2022, 97]]);
    expect(above.verdict).toBe('符合预期');
    expect(above.explanation).toBe(
      '2022年基本养老保险参保率为97.0，较2020年增加0.5，不低于96.5的目标水平，符合预期。',
    );
    const below = evaluateWith(coverage, [[2022, 96]]);
    expect(below.verdict).toBe('滞后');
    expect(below.explanation).toBe(
      '2022年基本养老保险参保率为96.0，较2020年减少0.5，低于96.5的目标水平，滞后；2023—2025年需年均增加0.2方可回到96.5的目标水平。',
    );
    expect(evaluateWith(coverage, [[2025, 96.5]], { year: 2025, mode: 'final' }).verdict).toBe(
      '全面完成',
    );
    expect(evaluateWith(coverage, [[2025, 96.4]], { year: 2025, mode: 'final' }).verdict).toBe(
      '未完成',
    );
  });
});
