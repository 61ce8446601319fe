import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';

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
