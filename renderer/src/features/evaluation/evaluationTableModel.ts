/**
 * What the 评估分析 table shows per indicator beyond the evaluation: actual values by year and the
 * task-progress bar against time progress (DOMAIN.md「Mid-term judgments」: 时间过半、任务过半).
 */
import type { ActualValue } from '../../../../shared/domain/actualValue';
import type { IndicatorId } from '../../../../shared/domain/ids';
import type { Attribute, Indicator } from '../../../../shared/domain/indicator';
import type { Plan } from '../../../../shared/domain/plan';
import { verdictColor } from '../../../../shared/domain/verdict';
import type { ReviewedEvaluation } from '../../../../shared/evaluation/applyOverride';
import type { BaseBreak } from '../../../../shared/evaluation/baseBreak';
import {
  formatAsWritten,
  formatChange,
  formatRatioPercent,
} from '../../../../shared/lib/formatNumber';
import type { EvaluationRow } from './evaluationFilters';

/**
 * Pairs indicators with their evaluations (evaluatePlan keeps the table order), and with their
 * base breaks when given.
 */
export function evaluationRows(
  indicators: readonly Indicator[],
  evaluations: readonly ReviewedEvaluation[],
  baseBreaks: ReadonlyMap<string, BaseBreak> = new Map(),
): EvaluationRow[] {
  return indicators.flatMap((indicator, index) => {
    const evaluation = evaluations[index];
    if (evaluation?.indicatorId !== indicator.id) return [];
    const baseBreak = baseBreaks.get(indicator.id);
    return [baseBreak ? { indicator, evaluation, baseBreak } : { indicator, evaluation }];
  });
}

/** The years whose actuals the table shows: the first plan year to the evaluation year. */
export function actualYears(plan: Pick<Plan, 'baseYear'>, year: number): number[] {
  return Array.from({ length: Math.max(0, year - plan.baseYear) }, (_, i) => plan.baseYear + 1 + i);
}

/** A year's level and growth of one indicator, as entered. */
export type YearActuals = { readonly value?: number; readonly growth?: number };

/** Actual levels and growth rates by indicator and year. */
export function indexYearActuals(
  actualValues: readonly ActualValue[],
): Map<IndicatorId, Map<number, YearActuals>> {
  const index = new Map<IndicatorId, Map<number, YearActuals>>();
  for (const actual of actualValues) {
    if (actual.measure !== 'value' && actual.measure !== 'growth') continue;
    const years = index.get(actual.indicatorId) ?? new Map<number, YearActuals>();
    index.set(actual.indicatorId, years);
    years.set(actual.year, { ...years.get(actual.year), [actual.measure]: actual.value });
  }
  return index;
}

/**
 * A year's cell: the level as entered (957.14 stays 957.14), else the growth worded 「增长7.4%」
 * (UX.md「Numbers」), else empty.
 */
export function actualCellText(actuals: YearActuals | undefined): string {
  if (actuals?.value !== undefined) return formatAsWritten(actuals.value);
  if (actuals?.growth !== undefined) return formatChange(actuals.growth, { kind: 'growth' });
  return '';
}

/** The progress bar of a row: task progress filled, time progress marked, verdict colour. */
export type ProgressBarModel = {
  /** Filled share, 0‥1 (task progress beyond the target or below the base is clipped). */
  readonly fill: number;
  /** Where the time-progress marker stands, 0‥1. */
  readonly marker: number;
  readonly color: string;
  /** 「96.7%」: task progress as computed, unclipped. */
  readonly text: string;
  /** 「任务进度96.7%，时间进度40.0%」. */
  readonly title: string;
};

/** The bar of an evaluation, or null for kinds judged year by year (rates, bounds, judgment). */
export function progressBarModel(
  evaluation: Pick<ReviewedEvaluation, 'taskProgress' | 'timeProgress' | 'finalVerdict'>,
  attribute: Attribute | null,
): ProgressBarModel | null {
  const { taskProgress, timeProgress } = evaluation;
  if (taskProgress === null) return null;
  const text = formatRatioPercent(taskProgress);
  return {
    fill: Math.min(1, Math.max(0, taskProgress)),
    marker: Math.min(1, Math.max(0, timeProgress)),
    color: verdictColor(evaluation.finalVerdict, attribute),
    text,
    title: `任务进度${text}，时间进度${formatRatioPercent(timeProgress)}`,
  };
}
