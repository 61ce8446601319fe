import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../../shared/domain/planBundle';
import { defaultEvaluationOptions } from '../../../../shared/evaluation/defaultEvaluationOptions';
import {
  buildEvaluationView,
  evaluationYears,
} from '../../../../renderer/src/features/evaluation/evaluationView';
import { jdzWithEnteredValues } from '../../../shared/charts/jdzEntered';

const seed = (id: string) =>
  JSON.parse(readFileSync(`seeds/generated/${id}.json`, 'utf8')) as PlanBundle;

describe('evaluationView', () => {
  it('judges a completion table at its target year, end-of-term', () => {
    const jdz = seed('seed-jdz-13c');
    expect(defaultEvaluationOptions(jdz.plan, jdz.actualValues)).toEqual({
      year: 2020,
      mode: 'final',
    });
    const view = buildEvaluationView(jdz, defaultEvaluationOptions(jdz.plan, jdz.actualValues));
    expect(view.result.evaluations).toHaveLength(36);
    expect(view.result.evaluations[0]?.finalVerdict).toBe('基本完成');
    expect(view.result.summary.sentence.startsWith('36项主要指标中，截至规划期末，')).toBe(true);
  });

  it('starts a plan without data at its first year, mid-term', () => {
    const jdz = seed('seed-jdz-14');
    expect(defaultEvaluationOptions(jdz.plan, jdz.actualValues)).toEqual({
      year: 2021,
      mode: 'midterm',
    });
    expect(evaluationYears(jdz.plan)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('starts at the latest year with data', () => {
    const jdz = seed('seed-jdz-14');
    const withData: PlanBundle = {
      ...jdz,
      actualValues: [
        {
          indicatorId: jdz.indicators[0]!.id,
          year: 2022,
          measure: 'value',
          value: 1102.3,
          status: '年报数',
          source: '',
          note: '',
        },
      ],
    };
    expect(defaultEvaluationOptions(withData.plan, withData.actualValues)).toEqual({
      year: 2022,
      mode: 'midterm',
    });
    const view = buildEvaluationView(withData, { year: 2022, mode: 'midterm' });
    expect(view.result.evaluations[0]?.explanation).toBe(
      // GDP's current-price level against its target level, not its real growth rate (issue 12, item 7).
      '2022年地区生产总值（GDP）为1102.3亿元，2021—2022年两年平均增长7.3%（按现价水平值计算），为按基期值957.14亿元、目标值1200亿元推算的规划年均增长4.6%（未录入可比价增速，按现价水平值评价）的158.1%，快于预期；2023—2025年需年均增长2.9%方可实现1200亿元目标。',
    );
  });

  it('applies the overrides of the year and mode, keeping the automatic verdict', () => {
    const bundle = jdzWithEnteredValues();
    const productivity = bundle.indicators[1]!;
    const override = {
      verdict: '符合预期' as const,
      reason: '2022年受疫情影响，按可比口径测算基本符合预期',
      decidedAt: '2026-11-22T09:30:00.000Z',
      decidedBy: '王芳',
    };
    const view = buildEvaluationView(bundle, {
      year: 2022,
      mode: 'midterm',
      overrides: new Map([[productivity.id, override]]),
    });
    expect(view.result.evaluations[1]).toMatchObject({
      automaticVerdict: '滞后',
      finalVerdict: '符合预期',
      override,
    });
    expect(view.result.summary.sentence).toBe(
      '31项主要指标中，3项快于预期，8项符合预期，1项滞后，7项需人工研判，12项数据不足；其中约束性指标11项，2项符合预期，1项滞后，7项需人工研判，1项数据不足。',
    );
  });
});
