import { describe, expect, it } from 'vitest';
import { defaultEvaluationOptions } from '../../../shared/evaluation/defaultEvaluationOptions';

const plan = { baseYear: 2020, targetYear: 2025, tableKind: 'main' } as const;

describe('defaultEvaluationOptions', () => {
  it('judges a completion table at its target year, end-of-term', () => {
    expect(defaultEvaluationOptions({ ...plan, tableKind: 'completion' }, [])).toEqual({
      year: 2025,
      mode: 'final',
    });
  });

  it('takes the latest period year with data, mid-term before the target year', () => {
    expect(defaultEvaluationOptions(plan, [])).toEqual({ year: 2021, mode: 'midterm' });
    expect(
      defaultEvaluationOptions(plan, [{ year: 2020 }, { year: 2023 }, { year: 2022 }]),
    ).toEqual({ year: 2023, mode: 'midterm' });
  });

  it('stops at the target year, end-of-term', () => {
    expect(defaultEvaluationOptions(plan, [{ year: 2025 }])).toEqual({ year: 2025, mode: 'final' });
    expect(defaultEvaluationOptions(plan, [{ year: 2027 }])).toEqual({ year: 2025, mode: 'final' });
  });
});
