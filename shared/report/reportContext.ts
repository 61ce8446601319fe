/**
 * What every section of the report is written from: the plan, the evaluation year and mode, and
 * each indicator with its evaluation and actual values, in the plan's order.
 */
import type { FollowUp } from '../domain/followUp';
import type { IndicatorId } from '../domain/ids';
import type { Plan } from '../domain/plan';
import type { EvaluationMode, Verdict } from '../domain/verdict';
import type { EvaluationSummary, VerdictCount } from '../evaluation/summarizeEvaluations';
import { formatRatioPercent } from '../lib/formatNumber';
import type { IndicatorComparison } from './compareWithReferences';
import type { ReportIndicatorData } from './reportDocument';
import type { ReportFraming } from './reportFraming';
import { planCitation } from './reportTitle';
import type { ReportWorkItem } from './reportWorkItem';

/** The inputs of the section writers. */
export type ReportContext = {
  readonly plan: Plan;
  readonly mode: EvaluationMode;
  readonly year: number;
  /** The latest year any indicator's data came from, or null when there are none. */
  readonly dataYear: number | null;
  /** 《…纲要》 the first time, 《纲要》 after. */
  readonly citation: { readonly full: string; readonly short: string };
  readonly entries: readonly ReportIndicatorData[];
  readonly summary: EvaluationSummary;
  /** What the evaluator filled once for this evaluation (reportFraming.ts). */
  readonly framing: ReportFraming;
  /** Comparisons with the reference series, by indicator. */
  readonly comparisons: ReadonlyMap<IndicatorId, IndicatorComparison>;
  /** The plan's tasks, projects and reforms (tasksSection.ts); empty when none are entered. */
  readonly workItems: readonly ReportWorkItem[];
  /** The 整改任务分工表 rows the evaluator completed (followUpTable.ts); empty when none. */
  readonly followUps: readonly FollowUp[];
};

/** What the section writers know besides the plan and the evaluation. */
export type ReportExtras = Pick<ReportContext, 'framing' | 'comparisons' | 'workItems'> &
  Partial<Pick<ReportContext, 'followUps'>>;

/** Builds the context; the data year is the latest one any evaluation used. */
export function makeReportContext(
  plan: Plan,
  options: { readonly year: number; readonly mode: EvaluationMode },
  entries: readonly ReportIndicatorData[],
  summary: EvaluationSummary,
  extras: ReportExtras,
): ReportContext {
  let dataYear: number | null = null;
  for (const { evaluation } of entries) {
    if (evaluation.dataYear !== null && (dataYear === null || evaluation.dataYear > dataYear))
      dataYear = evaluation.dataYear;
  }
  return {
    plan,
    mode: options.mode,
    year: options.year,
    dataYear,
    citation: planCitation(plan),
    entries,
    summary,
    followUps: [],
    ...extras,
  };
}

/** DOMAIN.md「Mid-term judgments」: time progress (y − base year)/(target year − base year), ≤ 1. */
export function timeProgressOf(plan: Pick<Plan, 'baseYear' | 'targetYear'>, year: number): number {
  const span = plan.targetYear - plan.baseYear;
  return span <= 0 ? 1 : Math.min(1, Math.max(0, (year - plan.baseYear) / span));
}

/** 40.0% */
export const percentText = (ratio: number): string => formatRatioPercent(ratio);

/** 滞后 (中期) or 未完成 (总结): the verdicts the problems and suggestions are about. */
export function isLagging(verdict: Verdict): boolean {
  return verdict === '滞后' || verdict === '未完成';
}

/** Verdicts that meet or beat the schedule (or the target, at the end of the period). */
export function isOnOrAhead(verdict: Verdict): boolean {
  return ['提前实现', '快于预期', '符合预期', '提前完成', '全面完成', '基本完成'].includes(verdict);
}

/** 「6项快于预期，11项符合预期，7项滞后」: non-zero counts in report order. */
export function countsPhrase(counts: readonly VerdictCount[]): string {
  return counts
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.count}项${entry.verdict}`)
    .join('，');
}

/**
 * 「A」 for one indicator, 「A、B、C等3项指标」 for several (the official way of naming a group),
 * with at most `max` names: 「A、B、C、D、E、F等14项约束性指标」.
 */
export function indicatorsPhrase(names: readonly string[], max = 6, noun = '指标'): string {
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, max).join('、')}等${names.length}项${noun}`;
}

/** 一是, 二是, …: the enumerators of official prose. */
export function ordinalLead(index: number): string {
  return `${['一', '二', '三', '四', '五', '六', '七', '八', '九'][index] ?? String(index + 1)}是`;
}

/**
 * The binding (约束性) indicators the report must name: those lagging, and those whose
 * completion needs the evaluator's judgment (DOMAIN.md: binding targets are obligations).
 */
export function bindingConcerns(
  context: ReportContext,
  lagging: readonly ReportIndicatorData[],
): { readonly atRisk: ReportIndicatorData[]; readonly pending: ReportIndicatorData[] } {
  const isBindingEntry = (entry: ReportIndicatorData) => entry.indicator.attribute === '约束性';
  return {
    atRisk: lagging.filter(isBindingEntry),
    pending: context.entries.filter(
      (entry) => isBindingEntry(entry) && entry.evaluation.finalVerdict === '需人工研判',
    ),
  };
}
