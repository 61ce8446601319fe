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
import { LAGGING_STATUSES, ON_SCHEDULE_STATUSES } from '../domain/workItemProgress';
import { formatAsWritten, formatYear } from '../lib/formatNumber';
import type { ReportContext } from './reportContext';
import type { ReportBlock } from './reportDocument';
import { chineseNumeral } from './reportTitle';
import type { ReportWorkItem } from './reportWorkItem';
import { REPORT_KIND_LABELS } from './reportWorkItem';

/** Statuses told after the on-schedule count, in order. */
const OTHER_STATUSES: readonly ProgressStatusOrMissing[] = ['滞后', '未启动', '已调整'];

const BY_AREA = { lead: '分领域看', noun: '领域', whose: '' } as const;
const BY_DEPARTMENT = { lead: '分牵头单位看', noun: '单位', whose: '牵头' } as const;

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
  const kinds = WORK_ITEM_KINDS.filter((kind) => context.workItems.some((i) => i.kind === kind));
  // With more than one kind, each gets its subheading, as 二 has its themes.
  return kinds.flatMap((kind, index): ReportBlock[] => {
    const text = kindParagraph(context, kind);
    const heading = `（${chineseNumeral(index + 1)}）${REPORT_KIND_LABELS[kind]}推进情况`;
    return kinds.length > 1
      ? [
          { kind: 'subheading', text: heading },
          { kind: 'paragraph', text },
        ]
      : [{ kind: 'paragraph', text }];
  });
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
    groupText(items, (item) => (item.area.trim() === '' ? [] : [item.area.trim()]), BY_AREA),
    groupText(items, (item) => item.leads, BY_DEPARTMENT),
    laggingText(items),
  ].join('');
}

/** 「2项进展符合预期，占50%（已完成1项、序时推进1项）；滞后1项；1项未填报进展，未计入进展符合预期」 */
function countsText(items: readonly ReportWorkItem[]): string {
  const count = (status: ProgressStatusOrMissing) =>
    items.filter((item) => item.status === status).length;
  const onSchedule = items.filter((item) => ON_SCHEDULE_STATUSES.has(item.status)).length;
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

/** Groups and items named before 「等」: a real plan has dozens of departments and lagging items. */
const MAX_NAMED = 8;
/** Lead departments named per lagging item before 「等」. */
const MAX_LEADS = 2;
/** Characters of an item's title kept in a list (titles are whole first sentences). */
const MAX_TITLE = 24;

/** How a grouping is worded. */
type Grouping = { readonly lead: string; readonly noun: string; readonly whose: string };

/**
 * 「分牵头单位看，市生态环境局（13项中4项）、市农业农村局（3项中1项）有事项滞后或未启动；市国资委、
 * 市工信局2个单位牵头的事项均进展符合预期。」 Groups with lagging items first, most lagging first,
 * then those entirely on schedule; only when there are at least two named groups. An item with
 * two leads counts under each.
 */
function groupText(
  items: readonly ReportWorkItem[],
  keysOf: (item: ReportWorkItem) => readonly string[],
  by: Grouping,
): string {
  const groups = new Map<string, ReportWorkItem[]>();
  for (const item of items) {
    for (const key of keysOf(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  if (groups.size < 2) return '';
  const tallies = [...groups].map(([name, group]) => ({
    name,
    size: group.length,
    lagging: group.filter((item) => LAGGING_STATUSES.has(item.status)).length,
    onSchedule: group.filter((item) => ON_SCHEDULE_STATUSES.has(item.status)).length,
  }));
  const behind = tallies.filter((t) => t.lagging > 0).sort((a, b) => b.lagging - a.lagging);
  const fine = tallies.filter((t) => t.onSchedule === t.size);
  const parts: string[] = [];
  if (behind.length > 0) {
    const named = behind
      .slice(0, MAX_NAMED)
      .map((t) => (t.size === 1 ? t.name : `${t.name}（${t.size}项中${t.lagging}项）`));
    parts.push(`${named.join('、')}${groupCount(behind.length, by.noun)}有事项滞后或未启动`);
  }
  if (fine.length > 0) {
    const names = fine.slice(0, MAX_NAMED).map((t) => t.name);
    parts.push(
      `${names.join('、')}${groupCount(fine.length, by.noun)}${by.whose}的事项均进展符合预期`,
    );
  }
  return parts.length === 0 ? '' : `${by.lead}，${parts.join('；')}。`;
}

/** 「」 for one group, 「2个单位」 for a few, 「等12个单位」 when more were counted than named. */
function groupCount(count: number, noun: string): string {
  if (count === 1) return '';
  return `${count > MAX_NAMED ? '等' : ''}${count}个${noun}`;
}

/** 「进展滞后的有：陶瓷产业数字化改造（市工信局）等12项；尚未启动的有：…。」 */
function laggingText(items: readonly ReportWorkItem[]): string {
  const named = (status: ProgressStatusOrMissing, lead: string) => {
    const of = items.filter((item) => item.status === status);
    if (of.length === 0) return '';
    const names = of.slice(0, MAX_NAMED).map(itemWithLeads).join('、');
    return `${lead}${names}${of.length > MAX_NAMED ? `等${of.length}项` : ''}`;
  };
  const said = [named('滞后', '进展滞后的有：'), named('未启动', '尚未启动的有：')].filter(
    (part) => part !== '',
  );
  return said.length === 0 ? '' : `${said.join('；')}。`;
}

/** 「深入推进城镇污水垃圾处理（市住房城乡建设局、市发展改革委等）」; no brackets without a lead. */
function itemWithLeads(item: ReportWorkItem): string {
  const chars = [...item.title];
  const title = chars.length > MAX_TITLE ? `${chars.slice(0, MAX_TITLE).join('')}…` : item.title;
  if (item.leads.length === 0) return title;
  const more = item.leads.length > MAX_LEADS ? '等' : '';
  return `${title}（${item.leads.slice(0, MAX_LEADS).join('、')}${more}）`;
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
