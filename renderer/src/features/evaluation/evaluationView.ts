import type { IndicatorId } from '../../../../shared/domain/ids';
import type { Plan } from '../../../../shared/domain/plan';
import type { PlanBundle } from '../../../../shared/domain/planBundle';
import type { EvaluationMode, VerdictOverride } from '../../../../shared/domain/verdict';
import { evaluatePlan, type PlanEvaluation } from '../../../../shared/evaluation/evaluatePlan';
import type { EvaluationSettings } from '../../../../shared/evaluation/evaluationSettings';

/** What 评估分析 shows for one plan: the run's options and its result. */
export type EvaluationView = {
  readonly year: number;
  readonly mode: EvaluationMode;
  readonly result: PlanEvaluation;
};

/**
 * Evaluates the plan for the chosen year and mode (DOMAIN.md「Mid-term judgments」), with the
 * evaluator's overrides of that year and mode applied, with the plan's thresholds (the defaults
 * when none are given).
 */
export function buildEvaluationView(
  bundle: PlanBundle,
  options: {
    year: number;
    mode: EvaluationMode;
    overrides?: ReadonlyMap<IndicatorId, VerdictOverride>;
    settings?: EvaluationSettings;
  },
): EvaluationView {
  const { year, mode, overrides, settings } = options;
  return { year, mode, result: evaluatePlan(bundle, { year, mode, overrides, settings }) };
}

/** The years an evaluation can be run for: base year + 1 to the target year. */
export function evaluationYears(plan: Pick<Plan, 'baseYear' | 'targetYear'>): number[] {
  return Array.from(
    { length: plan.targetYear - plan.baseYear },
    (_, index) => plan.baseYear + 1 + index,
  );
}
