import type { ActualValue } from '../domain/actualValue';
import type { Plan } from '../domain/plan';
import type { EvaluationMode } from '../domain/verdict';

/**
 * The evaluation year and mode a plan is judged at by default: a completion table at its target
 * year, end-of-term (总结评估); a running plan at the latest period year that has any actual value
 * (the first period year when none has), mid-term before the target year and end-of-term in it.
 */
export function defaultEvaluationOptions(
  plan: Pick<Plan, 'baseYear' | 'targetYear' | 'tableKind'>,
  actuals: readonly Pick<ActualValue, 'year'>[],
): { year: number; mode: EvaluationMode } {
  if (plan.tableKind === 'completion') return { year: plan.targetYear, mode: 'final' };
  let year = plan.baseYear + 1;
  for (const actual of actuals) {
    if (actual.year > year) year = Math.min(actual.year, plan.targetYear);
  }
  return { year, mode: year >= plan.targetYear ? 'final' : 'midterm' };
}
