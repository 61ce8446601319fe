import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActualValue } from '../../../shared/domain/actualValue';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';

const seed = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
const gdp = seed.indicators[0]!;
const actuals: ActualValue[] = [2021, 2022, 2023].map((year) => ({
  indicatorId: gdp.id,
  year,
  measure: 'value',
  value: [1035.2, 1102.3, 1180.6][year - 2021]!,
  status: '年报数',
  source: '',
  note: '',
}));
// 957.14 → 1180.6 in 3 years: 7.245 % a year; 957.14 → 1200 in 5 years: 4.626 %; R = 156.6 %.
const GDP_2023 =
  '2023年地区生产总值（GDP）为1180.6亿元，2021—2023年年均增长7.2%（按现价水平值计算），为按基期值957.14亿元、目标值1200亿元推算的规划年均增长4.6%（未录入可比价增速，按现价水平值评价）的156.6%，快于预期；2024—2025年需年均增长0.8%方可实现1200亿元目标。';

function evaluateGdp() {
  const result = evaluatePlan({ ...seed, actualValues: actuals }, { year: 2023, mode: 'midterm' });
  return result.evaluations[0]!;
}

describe('EvaluationRecord (decision 0046)', () => {
  it('builds the sentence when read, the same on every read', () => {
    const evaluation = evaluateGdp();
    // An own, enumerable accessor: not a string built in the run.
    const descriptor = Object.getOwnPropertyDescriptor(evaluation, 'explanation');
    expect([typeof descriptor?.get, descriptor?.enumerable]).toEqual(['function', true]);
    expect(evaluation.verdict).toBe('快于预期');
    expect(evaluation.explanation).toBe(GDP_2023);
    expect(evaluation.explanation).toBe(GDP_2023);
  });

  it('carries the sentence through a spread, JSON and structuredClone, in its old key order', () => {
    const evaluation = evaluateGdp();
    const spread = { ...evaluation, finalVerdict: '滞后' as const };
    const json = JSON.parse(JSON.stringify(evaluation)) as typeof evaluation;
    const clone = structuredClone(evaluation);
    expect([spread.explanation, json.explanation, clone.explanation]).toEqual([
      GDP_2023,
      GDP_2023,
      GDP_2023,
    ]);
    expect(Object.keys(evaluation).slice(-3)).toEqual(['missing', 'baseRevision', 'explanation']);
    expect(json).toEqual({ ...evaluation });
  });

  it('builds the numbers used when read too, as a plain array in their old place', () => {
    const evaluation = evaluateGdp();
    const descriptor = Object.getOwnPropertyDescriptor(evaluation, 'numbers');
    expect([typeof descriptor?.get, descriptor?.enumerable]).toEqual(['function', true]);
    const keys = Object.keys(evaluation);
    expect(keys.slice(keys.indexOf('outlook'), keys.indexOf('outlook') + 3)).toEqual([
      'outlook',
      'numbers',
      'rule',
    ]);
    expect(evaluation.numbers).toContainEqual({ label: '实际值', value: 1180.6, year: 2023 });
    expect(evaluation.numbers).toBe(evaluation.numbers);
    expect(structuredClone(evaluation).numbers).toEqual(evaluation.numbers);
    expect(evaluation.explanation).toBe(GDP_2023);
  });
});
