/**
 * 附表 整改任务分工表 (issue 14, REAL-REPORTS.md「Problems and suggestions」: each lagging
 * indicator or task → responsible department → measures → deadline, as 重庆 drew it up after the
 * 审议意见). The rows come from the one draft of the tasks model (shared/domain/draftFollowUps,
 * issue 13「Follow-up list」) — the lagging indicators, binding ones first, then the lagging work
 * items, after the rows the evaluator completed on the 重点任务 page — and this file only lays
 * them out. The measures suggested here are what the remaining years require.
 */
import {
  draftFollowUps,
  type LaggingIndicator,
  type LaggingWorkItem,
} from '../domain/draftFollowUps';
import type { Plan } from '../domain/plan';
import { formatYear } from '../lib/formatNumber';
import type { ReportContext } from './reportContext';
import type { ReportIndicatorData, ReportListTable } from './reportDocument';
import { laggingEntries } from './problemsSection';
import { requiredEffortText } from './requiredEffort';
import { LAGGING_STATUSES } from '../domain/workItemProgress';
import { reportItemName, type ReportWorkItem } from './reportWorkItem';

const COLUMNS = [
  { key: 'number', label: '序号' },
  { key: 'item', label: '滞后指标或任务' },
  { key: 'department', label: '牵头单位' },
  { key: 'measure', label: '整改措施' },
  { key: 'deadline', label: '完成时限' },
] as const;

/** 「2025年底前」: the default deadline, the end of the plan period. */
export function followUpDeadline(plan: Pick<Plan, 'targetYear'>): string {
  return `${formatYear(plan.targetYear)}底前`;
}

/**
 * A lagging indicator as the draft takes it, with the suggested measure (what the remaining years
 * require) and deadline; the editing screen drafts from the same rows.
 */
export function laggingIndicatorSource(
  entry: Pick<ReportIndicatorData, 'indicator' | 'evaluation'>,
  plan: Plan,
): LaggingIndicator {
  const { indicator, evaluation } = entry;
  const binding = indicator.attribute === '约束性' ? '（约束性）' : '';
  const effort = requiredEffortText(indicator, evaluation, plan);
  return {
    indicatorId: indicator.id,
    name: `${indicator.name}${binding}`,
    departments: indicator.departments,
    lead: indicator.departments.join('、'),
    problem: evaluation.explanation,
    measure: `${effort.replace(indicator.name, '')}；分析滞后原因，制定针对性措施`,
    deadline: followUpDeadline(plan),
  };
}

/** The suggested measure of a lagging work item by its status. */
export function itemMeasure(notStarted: boolean): string {
  return notStarted ? '加快前期工作，尽早开工实施' : '倒排工期，加快推进实施';
}

/**
 * A lagging report item as the draft takes it, named as the 重点任务 page names it, so a row the
 * evaluator completed there matches by id or by title.
 */
function laggingReportItem(item: ReportWorkItem, context: ReportContext): LaggingWorkItem {
  const notStarted = item.status === '未启动';
  return {
    itemId: item.itemId,
    title: reportItemName(item),
    departments: item.leads,
    problem: `${formatYear(context.year)}${notStarted ? '尚未启动' : '进展滞后'}`,
    measure: itemMeasure(notStarted),
    deadline: followUpDeadline(context.plan),
  };
}

/**
 * The table; no rows when nothing lags, or at the end of the period, when what is left goes to
 * the next plan (the report then leaves it out). The evaluator's stored rows come first.
 */
export function followUpTable(context: ReportContext): ReportListTable {
  if (context.mode === 'final') return { title: '整改任务分工表', columns: COLUMNS, rows: [] };
  let next = 0;
  const drafted = draftFollowUps({
    scopeId: context.plan.id,
    year: context.year,
    indicators: laggingEntries(context).map((entry) => laggingIndicatorSource(entry, context.plan)),
    items: context.workItems
      .filter((item) => LAGGING_STATUSES.has(item.status))
      .map((item) => laggingReportItem(item, context)),
    existing: context.followUps,
    newId: () => `report-${(next += 1)}`,
  });
  const rows = drafted.map((row, index) => [
    String(index + 1),
    row.title,
    row.lead || '待明确',
    row.measure,
    row.deadline,
  ]);
  return { title: '整改任务分工表', columns: COLUMNS, rows };
}
