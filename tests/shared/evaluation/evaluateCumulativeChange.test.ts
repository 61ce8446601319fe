import { describe, expect, it } from 'vitest';
import { evaluateWith, makeBase, makeIndicator } from '../../helpers/makeIndicator';

describe('evaluateCumulativeChange', () => {
  it('compares actual − base with Δ·(y−base)/(T−base) (发明专利 5.8, [2.2])', () => {
    const patents = makeIndicator({
      name: '每万人口高价值发明专利拥有量',
      unit: '件',
      base: makeBase(5.8),
      target: {
        kind: 'cumulativeChange',
        change: { min: 2.2, max: 2.2, qualifier: 'exact' },
        targetValue: 8,
      },
    });
    const result = evaluateWith(patents, [[2022, 6.9]]);
    expect(result.progressRatio).toBeCloseTo(1.1 / 0.88, 12);
    expect(result.taskProgress).toBeCloseTo(0.5, 12);
    expect(result.requiredAnnualChange).toBeCloseTo(1.1 / 3, 12);
    expect(result.verdict).toBe('快于预期');
    expect(result.explanation).toBe(
      '2022年每万人口高价值发明专利拥有量为6.9件，较2020年增加1.1件，完成规划增加2.2件任务的50.0%（时间进度40.0%），快于预期；2023—2025年需年均增加0.4件方可实现增加2.2件（8件）目标。',
    );
  });

  it('reads an unsigned [0.05] on a lower-is-better indicator as a fall', () => {
    const ratio = makeIndicator({
      name: '城乡居民人均可支配收入比',
      unit: '',
      direction: 'lowerIsBetter',
      base: makeBase(2.19),
      target: {
        kind: 'cumulativeChange',
        change: { min: 0.05, max: 0.05, qualifier: 'exact' },
        targetValue: 2.14,
      },
    });
    const result = evaluateWith(ratio, [[2022, 2.17]]);
    expect(result.progressRatio).toBeCloseTo(1, 10);
    expect(result.verdict).toBe('符合预期');
    expect(result.explanation).toBe(
      '2022年城乡居民人均可支配收入比为2.17，较2020年下降0.02，完成规划下降0.05任务的40.0%（时间进度40.0%），符合预期；2023—2025年需年均下降0.01方可实现下降0.05（2.14）目标。',
    );
    expect(evaluateWith(ratio, [[2022, 2.21]]).verdict).toBe('滞后');
  });

  it('takes a negative change [-0.05] as written', () => {
    const ratio = makeIndicator({
      unit: '',
      base: makeBase(2.11),
      target: {
        kind: 'cumulativeChange',
        change: { min: -0.05, max: -0.05, qualifier: 'exact' },
        targetValue: null,
      },
    });
    expect(evaluateWith(ratio, [[2022, 2.09]]).progressRatio).toBeCloseTo(0.02 / 0.02, 10);
  });

  it('meets a range at its nearer edge ([18-22])', () => {
    const range = makeIndicator({
      unit: '%',
      base: makeBase(50),
      target: {
        kind: 'cumulativeChange',
        change: { min: 18, max: 22, qualifier: 'exact' },
        targetValue: null,
      },
    });
    const result = evaluateWith(range, [[2022, 57.2]]);
    expect(result.progressRatio).toBeCloseTo(7.2 / 7.2, 10);
    expect(result.explanation).toContain('完成规划提高18—22个百分点任务的40.0%');
  });

  it('applies the 左右 band of [3 左右] to the change', () => {
    const urban = makeIndicator({
      name: '常住人口城镇化率',
      unit: '%',
      base: makeBase(65.02),
      target: {
        kind: 'cumulativeChange',
        change: { min: 3, max: 3, qualifier: 'about' },
        targetValue: null,
      },
    });
    // 0.9·3·0.4 = 1.08: R = 0.9 is within the 10% band.
    expect(evaluateWith(urban, [[2022, 66.1]]).verdict).toBe('符合预期');
    expect(evaluateWith(urban, [[2022, 66.0]]).verdict).toBe('滞后');
  });

  it('gives 提前完成 when the increment was met a year early on average pace', () => {
    const household = makeIndicator({
      name: '户籍人口城镇化率',
      unit: '%',
      attribute: '约束性',
      base: makeBase(40, { year: 2015 }),
      target: {
        kind: 'cumulativeChange',
        change: { min: 6, max: 6, qualifier: 'exact' },
        targetValue: 46,
      },
    });
    const context = {
      plan: { baseYear: 2015, targetYear: 2020, tableKind: 'completion' },
      year: 2020,
      mode: 'final',
    } as const;
    const result = evaluateWith(household, [[2020, 49.46]], context);
    expect(result.progressRatio).toBeCloseTo(9.46 / 6, 10);
    expect(result.verdict).toBe('提前完成');
  });
});
