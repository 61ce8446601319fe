import { describe, expect, it } from 'vitest';
import { evaluateWith, makeBase, makeIndicator, makePlan } from '../../helpers/makeIndicator';

// The 13th-plan completion tables: base 2015, target 2020, judged at the end of term.
const completion = {
  plan: makePlan({ baseYear: 2015, targetYear: 2020, tableKind: 'completion' }),
  year: 2020,
  mode: 'final',
} as const;

// 002 line 317: 城镇棚户区住房改造（套） — no base, planned [22554], 2020 actual 13117, achieved [64334].
const shacks = makeIndicator({
  name: '城镇棚户区住房改造',
  unit: '套',
  attribute: '约束性',
  base: makeBase(null, { year: 2015 }),
  target: {
    kind: 'cumulativeChange',
    change: { min: 22554, max: 22554, qualifier: 'exact' },
    targetValue: null,
  },
});

describe('evaluateAchievedChange', () => {
  it('judges a change with no base by the published achieved change', () => {
    const result = evaluateWith(
      shacks,
      [
        [2020, 13117],
        [2020, 64334, 'cumulativeChange'],
      ],
      completion,
    );
    expect(result.taskProgress).toBeCloseTo(64334 / 22554, 12);
    expect(result.verdict).toBe('提前完成');
    expect(result.explanation).toBe(
      '2016—2020年城镇棚户区住房改造累计64,334套（官方公布），完成五年累计22,554套目标的285.2%，提前完成。',
    );
  });

  // 002 line 321: 万元GDP用水 [30] (a fall: lower is better), achieved [33] read as −33.
  it('reads a fall against a planned fall', () => {
    const water = makeIndicator({
      name: '万元GDP用水量',
      unit: '立方米',
      attribute: '约束性',
      direction: 'lowerIsBetter',
      base: makeBase(null, { year: 2015 }),
      target: {
        kind: 'cumulativeChange',
        change: { min: 30, max: 30, qualifier: 'exact' },
        targetValue: null,
      },
    });
    const result = evaluateWith(water, [[2020, -33, 'cumulativeChange']], completion);
    expect(result.progressRatio).toBeCloseTo(1.1, 12);
    expect(result.verdict).toBe('全面完成');
  });

  it('prefers the level-based change when a base and a level exist', () => {
    const internet = makeIndicator({
      name: '互联网普及率',
      unit: '%',
      base: makeBase(72.6, { year: 2015 }),
      target: {
        kind: 'cumulativeChange',
        change: { min: 7.4, max: 7.4, qualifier: 'exact' },
        targetValue: 80,
      },
    });
    const result = evaluateWith(
      internet,
      [
        [2020, 76],
        [2020, 27.4, 'cumulativeChange'],
      ],
      completion,
    );
    expect(result.taskProgress).toBeCloseTo((76 - 72.6) / 7.4, 12);
  });
});
