import { describe, expect, it } from 'vitest';
import { isRatioIndicator } from '../../../shared/evaluation/shownUnit';
import { evaluateWith, makeBase, makeIndicator } from '../../helpers/makeIndicator';

describe('ratios are not percentages (issue 12, item 10)', () => {
  it('knows a ratio of two amounts by its name', () => {
    expect(isRatioIndicator({ name: '城乡居民人均可支配收入比' })).toBe(true);
    expect(isRatioIndicator({ name: '城乡收入比（%）' })).toBe(true);
    expect(isRatioIndicator({ name: '数字经济核心产业增加值占GDP比重' })).toBe(false);
    expect(isRatioIndicator({ name: '县级及以上城市空气质量优良天数比例' })).toBe(false);
  });

  // Made-up numbers on 景德镇's row: 2.19 → 2.14, [0.05] read as a fall; the plan heads it (%).
  it('words 城乡收入比 [0.05] as 下降0.05 with no % and no 个百分点', () => {
    const ratio = makeIndicator({
      name: '城乡居民人均可支配收入比',
      unit: '%',
      base: makeBase(2.19),
      direction: 'lowerIsBetter',
      target: {
        kind: 'cumulativeChange',
        change: { min: -0.05, max: -0.05, qualifier: 'exact' },
        targetValue: 2.14,
      },
    });
    const result = evaluateWith(ratio, [[2022, 2.17]]);
    expect(result.explanation).toBe(
      '2022年城乡居民人均可支配收入比为2.17，较2020年下降0.02，完成规划下降0.05任务的40.0%（时间进度40.0%），符合预期；2023—2025年需年均下降0.01方可实现下降0.05（2.14）目标。',
    );
  });

  it('keeps 个百分点 for shares in %', () => {
    const share = makeIndicator({
      name: '常住人口城镇化率',
      unit: '%',
      base: makeBase(60),
      target: {
        kind: 'cumulativeChange',
        change: { min: 3, max: 3, qualifier: 'exact' },
        targetValue: null,
      },
    });
    expect(evaluateWith(share, [[2022, 61.2]]).explanation).toContain('较2020年提高1.2个百分点');
  });
});
