/**
 * 三、重点任务、重大工程项目和重大改革推进情况 (issue 14, REAL-REPORTS.md「Tasks, projects,
 * reforms」: 「102项重大工程项目中96项进展符合预期」): counts and shares by status, then by area and
 * by lead department. The report reads its own small view of the plan's work items, so the tasks
 * model (shared/domain, its own issue) maps into it in one place; a plan without work items gets
 * one line saying so rather than a missing section.
 */
import type { ReportContext } from './reportContext';
import type { ReportBlock } from './reportDocument';

/** The three kinds of work real reports count. */
export type WorkItemKind = '重点任务' | '重大工程项目' | '重大改革';

/** Where a work item stands. */
export type WorkItemStatus = '已完成' | '按计划推进' | '进度滞后' | '尚未启动';

/** Kinds and statuses in report order. */
export const WORK_ITEM_KINDS: readonly WorkItemKind[] = ['重点任务', '重大工程项目', '重大改革'];
export const WORK_ITEM_STATUSES: readonly WorkItemStatus[] = [
  '已完成',
  '按计划推进',
  '进度滞后',
  '尚未启动',
];

/** One task, project or reform as the report counts it. */
export type ReportWorkItem = {
  readonly kind: WorkItemKind;
  readonly name: string;
  /** 领域 or 篇章 (科技创新, 第三篇); '' when not given. */
  readonly area: string;
  /** 牵头单位; '' when not given. */
  readonly leadDepartment: string;
  readonly status: WorkItemStatus;
};

/** The generated paragraphs of 三. */
export function tasksBlocks(context: ReportContext): ReportBlock[] {
  const items = context.workItems;
  if (items.length === 0) {
    return [
      {
        kind: 'paragraph',
        text: `${context.citation.short}确定的重点任务、重大工程项目和重大改革尚未录入，本部分待补充推进情况。`,
      },
    ];
  }
  const paragraphs = WORK_ITEM_KINDS.map((kind) => kindParagraph(context, kind)).filter(
    (text) => text !== '',
  );
  return paragraphs.map((text) => ({ kind: 'paragraph', text }));
}

function kindParagraph(context: ReportContext, kind: WorkItemKind): string {
  const items = context.workItems.filter((item) => item.kind === kind);
  if (items.length === 0) return '';
  const done = items.filter((item) => item.status === '已完成' || item.status === '按计划推进');
  const share = `${Math.round((done.length / items.length) * 1000) / 10}%`;
  const head = `${context.citation.short}部署的${items.length}项${kind}中，${statusCounts(items)}，已完成和按计划推进的占${share}。`;
  return `${head}${groupText(items, (item) => item.area, '分领域看')}${groupText(items, (item) => item.leadDepartment, '分牵头单位看')}`;
}

function statusCounts(items: readonly ReportWorkItem[]): string {
  return WORK_ITEM_STATUSES.map(
    (status) => [status, items.filter((i) => i.status === status).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count}项${status}`)
    .join('，');
}

/**
 * 「分领域看，科技创新5项中4项已完成或按计划推进；…」 for groups with a lag first: only groups
 * with a name, and only when there are at least two of them.
 */
function groupText(
  items: readonly ReportWorkItem[],
  keyOf: (item: ReportWorkItem) => string,
  lead: string,
): string {
  const groups = new Map<string, ReportWorkItem[]>();
  for (const item of items) {
    const key = keyOf(item).trim();
    if (key === '') continue;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  if (groups.size < 2) return '';
  const clauses = [...groups].map(([name, group]) => {
    const behind = group.filter((item) => item.status === '进度滞后' || item.status === '尚未启动');
    if (group.length === 1) return `${name}1项${group[0]?.status ?? ''}`;
    return behind.length === 0
      ? `${name}${group.length}项均已完成或按计划推进`
      : `${name}${group.length}项中${behind.length}项进度滞后或尚未启动`;
  });
  return `${lead}，${clauses.join('；')}。`;
}
