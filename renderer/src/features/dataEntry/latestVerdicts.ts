import type { ActualValue } from '../../../../shared/domain/actualValue';
import type { Indicator } from '../../../../shared/domain/indicator';
import type { Plan } from '../../../../shared/domain/plan';
import type { Verdict } from '../../../../shared/domain/verdict';
import { verdictColor } from '../../../../shared/domain/verdict';
import { defaultEvaluationOptions } from '../../../../shared/evaluation/defaultEvaluationOptions';
import { evaluatePlan } from '../../../../shared/evaluation/evaluatePlan';

/** One indicator's latest verdict, its colour and the engine's explanation. */
export type LatestVerdict = {
  readonly verdict: Verdict;
  readonly color: string;
  readonly explanation: string;
  /** The year whose data was judged, when older than the column's year (issue 15 item 6). */
  readonly olderDataYear: number | null;
};

/** Verdicts of every indicator for the latest year with data. */
export type LatestVerdicts = {
  readonly year: number;
  readonly byIndicator: ReadonlyMap<string, LatestVerdict>;
};

/**
 * Evaluates the plan for the latest period year that has any entered value (the first period year
 * when none has): 中期 verdicts before the target year, 总结 verdicts in it. Colours per
 * VERDICT_COLORS, red for a binding indicator that is behind (UX.md).
 */
export function latestVerdicts(
  plan: Pick<Plan, 'baseYear' | 'targetYear' | 'tableKind'>,
  indicators: readonly Indicator[],
  actuals: readonly ActualValue[],
): LatestVerdicts {
  const { year, mode } = defaultEvaluationOptions(plan, actuals);
  const { evaluations } = evaluatePlan({ plan, indicators, actualValues: actuals }, { year, mode });
  const byIndicator = new Map<string, LatestVerdict>();
  evaluations.forEach((evaluation) => {
    const color = verdictColor(evaluation.finalVerdict, evaluation.attribute);
    byIndicator.set(evaluation.indicatorId, {
      verdict: evaluation.finalVerdict,
      color,
      // Read when the row is rendered (the grid renders the rows in view): built then (0046).
      get explanation() {
        return evaluation.explanation;
      },
      olderDataYear:
        evaluation.dataYear !== null && evaluation.dataYear < year ? evaluation.dataYear : null,
    });
  });
  return { year, byIndicator };
}
