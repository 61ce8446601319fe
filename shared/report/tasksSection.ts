/**
 * 三、重点任务、重大工程项目和重大改革推进情况 (issue 14, item 1; REAL-REPORTS.md「Tasks, projects,
 * reforms」: 「102项重大工程项目中96项进展符合预期」), drafted from the plan's stored work items
 * and the progress reported for the report year (workItemsForReport.ts): per kind, how many are
 * 进展符合预期 (已完成 or 序时推进) and their share, the other statuses, the projects' completed
 * investment against planned, then by area (专栏 or 篇章) and by lead department, and the lagging
 * items named with their lead department. Items without a report are said to be 未填报 and never
 * counted as on schedule; a plan without items gets one line rather than a missing section.
 */
import type { WorkItemKind } from '../domain/workItem';
import { WORK_ITEM_KINDS } from '../domain/workItem';
import type { ProgressStatusOrMissing } from '../domain/workItemProgress';
import { formatAsWritten, formatYear } from '../lib/formatNumber';
import type { ReportContext } from './reportContext';
import type { ReportBlock } from './reportDocument';
import type { ReportWorkItem } from './reportWorkItem';
import { LAGGING, ON_SCHEDULE, REPORT_KIND_LABELS } from './reportWorkItem';

/** Statuses told after the on-schedule count, in order. */
const OTHER_STATUSES: readonly ProgressStatusOrMissing[] = ['滞后', '未启动', '已调整'];

/** The generated paragraphs of 三. */
export function tasksBlocks(context: ReportContext): ReportBlock[] {
  if (context.workItems.length === 0) {
    return [
      {
        kind: 'paragraph',
        text: `${context.citation.short}确定的重点任务、重大工程项目和重大改革尚未录入，本部分待补充推进情况。`,
      },
    ];
  }
  return WORK_ITEM_KINDS.map((kind) => kindParagraph(context, kind))
    .filter((text) => text !== '')
    .map((text) => ({ kind: 'paragraph', text }));
}

function kindParagraph(context: ReportContext, kind: WorkItemKind): string {
  const items = context.workItems.filter((item) => item.kind === kind);
  if (items.length === 0) return '';
  const label = REPORT_KIND_LABELS[kind];
  const lead = `截至${formatYear(context.year)}，${context.citation.short}部署的${items.length}项${label}`;
  if (items.every((item) => item.status === '未填报')) {
    return `${lead}均未填报进展，暂无法评价推进情况。`;
  }
  return [
    `${lead}中，${countsText(items)}。`,
    kind === '工程项目' ? investmentText(items) : '',
    groupText(items, (item) => (item.area.trim() === '' ? [] : [item.area.trim()]), '分领域看'),
    groupText(items, (item) => item.leads, '分牵头单位看'),
    laggingText(items),
  ].join('');
}

/** 「2项进展符合预期，占50%（已完成1项、序时推进1项）；滞后1项；1项未填报进展，未计入进展符合预期」 */
function countsText(items: readonly ReportWorkItem[]): string {
  const count = (status: ProgressStatusOrMissing) =>
    items.filter((item) => item.status === status).length;
  const onSchedule = items.filter((item) => ON_SCHEDULE.has(item.status)).length;
  const split = (['已完成', '序时推进'] as const)
    .filter((status) => count(status) > 0)
    .map((status) => `${status}${count(status)}项`);
  const parts = [
    `${onSchedule}项进展符合预期，占${share(onSchedule, items.length)}${onSchedule > 0 ? `（${split.join('、')}）` : ''}`,
  ];
  const others = OTHER_STATUSES.filter((status) => count(status) > 0).map(
    (status) => `${status}${count(status)}项`,
  );
  if (others.length > 0) parts.push(others.join('，'));
  const missing = count('未填报');
  if (missing > 0) parts.push(`${missing}项未填报进展，未计入进展符合预期`);
  return parts.join('；');
}

/** 「已填报完成投资的2个项目计划总投资12亿元，累计完成投资5.4亿元，占计划投资的45%」 */
function investmentText(items: readonly ReportWorkItem[]): string {
  const planned = items.filter((item) => (item.plannedInvestment ?? 0) > 0);
  if (planned.length === 0) return '';
  const reported = planned.filter((item) => item.investmentDone !== null);
  const unreported = planned.length - reported.length;
  if (reported.length === 0) return `列明计划投资的${planned.length}个项目均未填报完成投资。`;
  const plan = reported.reduce((sum, item) => sum + (item.plannedInvestment ?? 0), 0);
  const done = reported.reduce((sum, item) => sum + (item.investmentDone ?? 0), 0);
  const rest = unreported > 0 ? `；另有${unreported}个项目未填报完成投资` : '';
  return `已填报完成投资的${reported.length}个项目计划总投资${money(plan)}，累计完成投资${money(done)}，占计划投资的${share(done, plan)}${rest}。`;
}

/**
 * 「分牵头单位看，市科技局2项均进展符合预期；市工信局2项中1项进展符合预期、1项滞后或未启动。」
 * Only when there are at least two named groups; an item with two leads counts under each.
 */
function groupText(
  items: readonly ReportWorkItem[],
  keysOf: (item: ReportWorkItem) => readonly string[],
  lead: string,
): string {
  const groups = new Map<string, ReportWorkItem[]>();
  for (const item of items) {
    for (const key of keysOf(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  if (groups.size < 2) return '';
  return `${lead}，${[...groups].map(([name, group]) => groupClause(name, group)).join('；')}。`;
}

function groupClause(name: string, group: readonly ReportWorkItem[]): string {
  const [only] = group;
  if (group.length === 1 && only) return `${name}1项${statusWord(only.status)}`;
  const onSchedule = group.filter((item) => ON_SCHEDULE.has(item.status)).length;
  if (onSchedule === group.length) return `${name}${group.length}项均进展符合预期`;
  const lagging = group.filter((item) => LAGGING.has(item.status)).length;
  const missing = group.filter((item) => item.status === '未填报').length;
  const parts = [
    `${name}${group.length}项中${onSchedule}项进展符合预期`,
    lagging > 0 ? `${lagging}项滞后或未启动` : '',
    missing > 0 ? `${missing}项未填报` : '',
  ];
  return parts.filter((part) => part !== '').join('、');
}

function statusWord(status: ProgressStatusOrMissing): string {
  return status === '未填报' ? '未填报进展' : status;
}

/** 「进展滞后的有：陶瓷产业数字化改造（市工信局）；尚未启动的有：景鹰高速（市交通运输局）。」 */
function laggingText(items: readonly ReportWorkItem[]): string {
  const named = (status: ProgressStatusOrMissing) =>
    items
      .filter((item) => item.status === status)
      .map(
        (item) =>
          `${item.title}（${item.leads.length > 0 ? item.leads.join('、') : '牵头单位未明确'}）`,
      )
      .join('、');
  const parts = [
    named('滞后') === '' ? '' : `进展滞后的有：${named('滞后')}`,
    named('未启动') === '' ? '' : `尚未启动的有：${named('未启动')}`,
  ].filter((part) => part !== '');
  return parts.length === 0 ? '' : `${parts.join('；')}。`;
}

/** A share as real reports print it: 75%, 66.7%. */
function share(part: number, whole: number): string {
  return `${formatAsWritten(Math.round((part / whole) * 1000) / 10)}%`;
}

/** 万元 amounts from 1亿元 up in 亿元 with at most two decimals, as reports print them. */
function money(wan: number): string {
  return wan >= 10000
    ? `${formatAsWritten(Math.round(wan / 100) / 100)}亿元`
    : `${formatAsWritten(Math.round(wan * 100) / 100)}万元`;
}
