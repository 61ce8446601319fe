import { describe, expect, it } from 'vitest';
import { evaluateWith, makeBase, makeIndicator, makePlan } from '../../helpers/makeIndicator';

// Issue 12, item 4 (002 line 309): 户籍人口城镇化率, base —, target 40, 2020 actual 40.1.
const registered = makeIndicator({
  name: '户籍人口城镇化率',
  unit: '%',
  attribute: '约束性',
  base: makeBase(null, { year: 2015 }),
  target: {
    kind: 'level',
    targetValue: { value: 40, qualifier: 'exact' },
    interpolation: 'linear',
  },
});
const completion = {
  plan: makePlan({ baseYear: 2015, targetYear: 2020, tableKind: 'completion' }),
  year: 2020,
  mode: 'final',
} as const;

describe('evaluateLevelWithoutBase', () => {
  it('judges a level target with no base on the target itself', () => {
    const result = evaluateWith(registered, [[2020, 40.1]], completion);
    expect(result.verdict).toBe('全面完成');
    expect(result.explanation).toBe(
      '2020年户籍人口城镇化率为40.1%，已达到40%的目标（规划未给出基期值，按目标值本身评价），全面完成。',
    );
  });

  it('asks the evaluator when the target is not reached', () => {
    const result = evaluateWith(registered, [[2020, 39]], completion);
    expect(result.verdict).toBe('需人工研判');
    expect(result.explanation).toBe(
      '2020年户籍人口城镇化率为39.0%，尚未达到40%的目标，规划未给出基期值，无法衡量进度，需人工研判。',
    );
  });
});
