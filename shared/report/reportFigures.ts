/**
 * The report's figures as data: the verdict donut and the verdicts by category in 一、总体评价, and
 * one trend chart per lagging indicator in 三、存在的主要问题 (binding ones first, capped so the
 * report stays readable). Numbers follow the order of appearance: 图1, 图2, ….
 */
import type { ReportContext } from './reportContext';
import type { ChartSpec, ReportFigure } from './reportDocument';
import { trendGuide } from '../charts/trendGuide';
import { laggingEntries } from './problemsSection';

/** At most this many trend charts unless the caller says otherwise. */
export const DEFAULT_MAX_TREND_FIGURES = 6;

/** Figures by section, before numbering. */
export type FigurePlan = {
  readonly overall: readonly FigureDraft[];
  readonly problems: readonly FigureDraft[];
};

type FigureDraft = { readonly id: string; readonly title: string; readonly chart: ChartSpec };

/** Decides which figures the report has. */
export function planFigures(context: ReportContext, maxTrendFigures: number): FigurePlan {
  const { summary } = context;
  const overall: FigureDraft[] = [];
  if (summary.overall.total > 0 && context.dataYear !== null) {
    overall.push({
      id: 'verdicts',
      title: '各项指标评价结论分布',
      chart: { kind: 'verdictDonut', summary },
    });
  }
  const named = summary.byCategory.filter((entry) => entry.category.trim() !== '');
  if (named.length > 1 && context.dataYear !== null) {
    overall.push({
      id: 'categories',
      title: '分领域指标评价情况',
      chart: { kind: 'categoryBars', summary },
    });
  }
  const plan = { baseYear: context.plan.baseYear, targetYear: context.plan.targetYear };
  // Only indicators with data whose target the trend chart can draw (trendGuide: not a judgment,
  // structure, relational target or cumulative reduction).
  const trends = laggingEntries(context)
    .filter(
      ({ indicator, evaluation }) =>
        evaluation.dataYear !== null && trendGuide({ plan, indicator, evaluation }) !== null,
    )
    .slice(0, Math.max(0, maxTrendFigures))
    .map(({ indicator, evaluation, actuals }) => ({
      id: `trend:${indicator.id}`,
      title: `${indicator.name}${context.mode === 'midterm' ? '进展' : '完成'}情况`,
      chart: {
        kind: 'indicatorTrend' as const,
        plan,
        indicator,
        evaluation,
        actualValues: actuals,
      },
    }));
  return { overall, problems: trends };
}

/** Numbers the figures in order (overall first, then problems) and writes the captions. */
export function numberFigures(plan: FigurePlan): ReportFigure[] {
  return [...plan.overall, ...plan.problems].map((draft, index) => ({
    ...draft,
    number: index + 1,
    caption: `图${index + 1} ${draft.title}`,
  }));
}
