/**
 * Builds the evaluation report's model (issues 6 and 14) from a plan, its actual values and the
 * plan's evaluation: title, 一、评估工作开展情况, 二、主要目标指标实现情况, 三、重点任务推进情况,
 * 四、存在的主要问题, 五、下一步工作建议, the numbered figures and the 附表. Pure: the same input
 * gives the same report.
 */
import type { ActualValue } from '../domain/actualValue';
import { MEASURES } from '../domain/actualValue';
import type { FollowUp } from '../domain/followUp';
import type { Indicator } from '../domain/indicator';
import type { Plan } from '../domain/plan';
import type { EvaluationMode } from '../domain/verdict';
import type { PlanEvaluation } from '../evaluation/evaluatePlan';
import type { ComponentActual } from '../evaluation/indicatorEvaluation';
import { detectBaseBreaks } from '../evaluation/baseBreak';
import { compareWithReferences } from './compareWithReferences';
import { followUpTable } from './followUpTable';
import { methodNotes } from './methodNotes';
import { problemsBlocks } from './problemsSection';
import { progressBlocks } from './progressSection';
import { progressTable } from './progressTable';
import { makeReportContext } from './reportContext';
import type { ReportDocument, ReportIndicatorData, ReportTable } from './reportDocument';
import { DEFAULT_MAX_TREND_FIGURES, numberFigures, planFigures } from './reportFigures';
import type { ReportFraming } from './reportFraming';
import { EMPTY_FRAMING } from './reportFraming';
import { reportTitle } from './reportTitle';
import type { ReferenceSeries } from './referenceSeries';
import { makeSection } from './sectionEdits';
import { suggestionsBlocks } from './suggestionsSection';
import type { ReportWorkItem } from './reportWorkItem';
import { tasksBlocks } from './tasksSection';
import { workBlocks } from './workSection';

/** What the report is written from besides the evaluation (a PlanBundle fits). */
export type ReportPlanData = {
  readonly plan: Plan;
  readonly indicators: readonly Indicator[];
  readonly actualValues: readonly ActualValue[];
  /** Structure components (三产比例) by year, when entered. */
  readonly componentActuals?: readonly ComponentActual[];
};

/** The evaluation year and mode the evaluation was run for; at most `maxTrendFigures` trends. */
export type ReportOptions = {
  readonly year: number;
  readonly mode: EvaluationMode;
  readonly maxTrendFigures?: number;
  /** What the evaluator filled for this evaluation; nothing by default. */
  readonly framing?: ReportFraming;
  /** Province, nation or district values to compare with (referenceSeries.ts). */
  readonly references?: readonly ReferenceSeries[];
  /** The plan's tasks, projects and reforms, when entered. */
  readonly workItems?: readonly ReportWorkItem[];
  /** The 整改任务分工表 rows the evaluator completed for this plan and year, when stored. */
  readonly followUps?: readonly FollowUp[];
};

/** Builds the report; indicators without an evaluation are left out. */
export function buildReport(
  data: ReportPlanData,
  evaluation: PlanEvaluation,
  options: ReportOptions,
): ReportDocument {
  const framing = options.framing ?? EMPTY_FRAMING;
  const plan = framing.region === '' ? data.plan : { ...data.plan, region: framing.region };
  const entries = reportEntries(data, evaluation);
  const comparisons = compareWithReferences(entries, options.references ?? []);
  const context = makeReportContext(plan, options, entries, evaluation.summary, {
    framing,
    comparisons: new Map(comparisons.map((comparison) => [comparison.indicatorId, comparison])),
    workItems: options.workItems ?? [],
    followUps: options.followUps ?? [],
  });
  const figures = planFigures(context, options.maxTrendFigures ?? DEFAULT_MAX_TREND_FIGURES);
  const idsOf = (drafts: readonly { readonly id: string }[]) => drafts.map((draft) => draft.id);
  const isMidterm = options.mode === 'midterm';
  return {
    title: framing.title === '' ? reportTitle(plan, options.mode) : framing.title,
    plan,
    mode: options.mode,
    year: options.year,
    dataYear: context.dataYear,
    sections: [
      makeSection('work', '一、评估工作开展情况', workBlocks(context), []),
      makeSection(
        'progress',
        isMidterm ? '二、主要目标指标实现情况' : '二、主要目标指标完成情况',
        progressBlocks(context),
        idsOf(figures.overall),
      ),
      makeSection(
        'tasks',
        '三、重点任务、重大工程项目和重大改革推进情况',
        tasksBlocks(context),
        [],
      ),
      makeSection(
        'problems',
        '四、存在的主要问题',
        problemsBlocks(context),
        idsOf(figures.problems),
      ),
      makeSection(
        'suggestions',
        isMidterm ? '五、下一步工作建议' : '五、有关建议',
        suggestionsBlocks(context),
        [],
      ),
    ],
    figures: numberFigures(figures),
    table: withMethodNotes(progressTable(context), data, evaluation, options.mode),
    followUp: followUpTable(context),
    framing,
    comparisons,
    summary: evaluation.summary,
    indicators: entries,
  };
}

/** The 附表's notes followed by the method notes (base breaks, thresholds). */
function withMethodNotes(
  table: ReportTable,
  data: ReportPlanData,
  evaluation: PlanEvaluation,
  mode: EvaluationMode,
): ReportTable {
  const breaks = detectBaseBreaks(data.indicators, data.actualValues, data.plan);
  const notes = methodNotes({
    mode,
    settings: evaluation.settings,
    baseBreaks: data.indicators.flatMap((indicator) => breaks.get(indicator.id) ?? []),
    names: new Map(data.indicators.map((indicator) => [indicator.id, indicator.name])),
  });
  return { ...table, notes: [...table.notes, ...notes] };
}

/** Each indicator with its evaluation and its values, the values grouped in one pass. */
export function reportEntries(
  data: ReportPlanData,
  evaluation: PlanEvaluation,
): ReportIndicatorData[] {
  const actuals = new Map<string, ActualValue[]>();
  for (const value of data.actualValues) {
    const list = actuals.get(value.indicatorId);
    if (list) list.push(value);
    else actuals.set(value.indicatorId, [value]);
  }
  const components = new Map<string, ComponentActual[]>();
  for (const value of data.componentActuals ?? []) {
    components.set(value.indicatorId, [...(components.get(value.indicatorId) ?? []), value]);
  }
  const evaluations = new Map(evaluation.evaluations.map((e) => [e.indicatorId as string, e]));
  const entries: ReportIndicatorData[] = [];
  for (const indicator of data.indicators) {
    const reviewed = evaluations.get(indicator.id);
    if (!reviewed) continue;
    entries.push({
      indicator,
      evaluation: reviewed,
      actuals: [...(actuals.get(indicator.id) ?? [])].sort(byYearThenMeasure),
      components: [...(components.get(indicator.id) ?? [])].sort((a, b) => a.year - b.year),
    });
  }
  return entries;
}

function byYearThenMeasure(a: ActualValue, b: ActualValue): number {
  return a.year - b.year || MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure);
}
