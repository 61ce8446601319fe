/**
 * Evaluates every indicator of a plan in one pass: the actuals are indexed once (no quadratic
 * scans), overrides applied, and the summary built.
 */
import type { ActualValue } from '../domain/actualValue';
import type { Indicator } from '../domain/indicator';
import type { Plan } from '../domain/plan';
import type { OfficialAssessment } from '../domain/planBundle';
import type { EvaluationMode, VerdictOverride } from '../domain/verdict';
import type { Problem } from '../lib/result';
import { indexActuals } from './actualIndex';
import { textActualsOf } from './textActuals';
import type { ReviewedEvaluation } from './applyOverride';
import { applyOverride } from './applyOverride';
import { evaluateInFrame } from './evaluateIndicator';
import { buildFrame } from './evaluationFrame';
import type { EvaluationSettings } from './evaluationSettings';
import { DEFAULT_EVALUATION_SETTINGS } from './evaluationSettings';
import type { ComponentActual } from './indicatorEvaluation';
import { withCompletionComponents } from './completionComponents';
import type { EvaluationSummary } from './summarizeEvaluations';
import { summarizeEvaluations } from './summarizeEvaluations';

/** What evaluatePlan needs of a plan bundle (a PlanBundle fits). */
export type EvaluablePlan = {
  readonly plan: Pick<Plan, 'baseYear' | 'targetYear' | 'tableKind'>;
  readonly indicators: readonly Indicator[];
  readonly actualValues: readonly ActualValue[];
  readonly componentActuals?: readonly ComponentActual[];
  /**
   * A completion table's official cells: its printed structures are read (completionComponents.ts)
   * and text actuals among them are quoted (textActuals.ts).
   */
  readonly officialAssessments?: readonly OfficialAssessment[];
};

/** Options of a run; settings default to DEFAULT_EVALUATION_SETTINGS. */
export type EvaluatePlanOptions = {
  readonly year: number;
  readonly mode: EvaluationMode;
  readonly settings?: EvaluationSettings;
  /** Overrides by indicator id. */
  readonly overrides?: ReadonlyMap<string, VerdictOverride>;
};

/** Evaluations in table order, their summary, the overrides refused and the thresholds used. */
export type PlanEvaluation = {
  readonly evaluations: readonly ReviewedEvaluation[];
  /** The thresholds the verdicts were reached with (the report's method note prints them). */
  readonly settings: EvaluationSettings;
  readonly summary: EvaluationSummary;
  readonly problems: readonly Problem[];
};

/** Evaluates a plan; a refused override leaves the automatic verdict and adds a problem. */
export function evaluatePlan(bundle: EvaluablePlan, options: EvaluatePlanOptions): PlanEvaluation {
  const settings = options.settings ?? DEFAULT_EVALUATION_SETTINGS;
  const frame = buildFrame(
    {
      plan: bundle.plan,
      year: options.year,
      mode: options.mode,
      settings,
      indicators: bundle.indicators,
      componentActuals: withCompletionComponents(bundle.componentActuals ?? [], bundle),
      index: indexActuals(bundle.actualValues),
      textActuals: textActualsOf(bundle.officialAssessments ?? [], bundle.plan.targetYear),
    },
    [],
  );
  const problems: Problem[] = [];
  const evaluations = bundle.indicators.map((indicator) => {
    const evaluation = evaluateInFrame(indicator, frame);
    const override = options.overrides?.get(indicator.id);
    if (!override) return evaluation;
    const reviewed = applyOverride(evaluation, override);
    if (reviewed.ok) return reviewed.value;
    problems.push(reviewed.error);
    return evaluation;
  });
  const summary = summarizeEvaluations(evaluations, bundle.indicators);
  return { evaluations, settings, summary, problems };
}
