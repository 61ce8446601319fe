import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { evaluateWith, makeBase, makeIndicator } from '../../helpers/makeIndicator';

const jdz = JSON.parse(readFileSync('seeds/generated/seed-jdz-13c.json', 'utf8')) as PlanBundle;

describe('incrementRule explanations', () => {
  it('states a change with the precision of the finer end (100 − 72.6 = 27.4, 2.2 − 1.63 = 0.57)', () => {
    const result = evaluatePlan(jdz, { year: 2020, mode: 'final' });
    const byName = (name: string) => result.evaluations.find((e) => e.name === name)?.explanation;
    expect(byName('互联网普及率')).toBe(
      '2020年互联网普及率为100%，较2015年提高27.4个百分点，完成规划提高7.4个百分点任务的370.3%，提前完成。',
    );
    expect(byName('研究与试验发展经费投入强度')).toBe(
      '2020年研究与试验发展经费投入强度为2.2%，较2015年提高0.57个百分点，完成规划提高0.57个百分点任务的100.0%，全面完成。',
    );
  });
});

// Issue 12, item 6: the share of the way is said in words when negative, and a small
// requirement keeps its digits.
describe('incrementRule wording', () => {
  const internet = makeIndicator({
    name: '互联网普及率',
    unit: '%',
    base: makeBase(72.6),
    target: {
      kind: 'cumulativeChange',
      change: { min: 7.4, max: 7.4, qualifier: 'exact' },
      targetValue: 80,
    },
  });

  it('says 变化方向与规划相反 rather than a negative share', () => {
    expect(evaluateWith(internet, [[2022, 70]]).explanation).toBe(
      '2022年互联网普及率为70.0%，较2020年降低2.6个百分点，变化方向与规划相反（时间进度40.0%），滞后；2023—2025年需年均提高3.3个百分点方可实现提高7.4个百分点（80%）目标。',
    );
  });

  it('gives a small requirement with enough digits, never 需年均持平', () => {
    const life = makeIndicator({
      name: '人均预期寿命',
      unit: '岁',
      base: makeBase(78),
      target: {
        kind: 'cumulativeChange',
        change: { min: 0.2, max: 0.2, qualifier: 'exact' },
        targetValue: 78.2,
      },
    });
    const result = evaluateWith(life, [[2022, 78.1]]);
    expect(result.requiredAnnualChange).toBeCloseTo(0.1 / 3, 12);
    expect(result.explanation).toBe(
      '2022年人均预期寿命为78.1岁，较2020年增加0.1岁，完成规划增加0.2岁任务的50.0%（时间进度40.0%），快于预期；2023—2025年需年均增加0.03岁方可实现增加0.2岁（78.2岁）目标。',
    );
  });
});
