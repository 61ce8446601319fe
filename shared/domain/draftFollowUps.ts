import type { FollowUp, FollowUpSubject } from './followUp';
import type { IndicatorId, WorkItemId } from './ids';
import { leadDepartments, type WorkItem } from './workItem';
import { LAGGING_STATUSES, type ProgressStatus } from './workItemProgress';
import { assertNever } from '../lib/exhaustive';

/** What a drafted row may already suggest; '' or absent leaves the cell to the user. */
type Suggestion = {
  /** 牵头单位; defaults to the first department. */
  readonly lead?: string;
  /** 整改措施, e.g. what the remaining years require. */
  readonly measure?: string;
  /** 完成时限. */
  readonly deadline?: string;
};

/** A lagging indicator as the evaluation reports it (the caller maps its verdicts). */
export type LaggingIndicator = Suggestion & {
  readonly indicatorId: IndicatorId;
  /** 事项 as shown, e.g. 「劳动年龄人口平均受教育年限（约束性）」. */
  readonly name: string;
  readonly departments: readonly string[];
  /** Why it lags, e.g. the evaluation's explanation sentence. */
  readonly problem: string;
};

/** A lagging work item: its id, or null in a view without ids (then matched by title). */
export type LaggingWorkItem = Suggestion & {
  readonly itemId: WorkItemId | null;
  readonly title: string;
  readonly departments: readonly string[];
  readonly problem: string;
};

/** What the 整改任务分工表 is drafted from. */
export type FollowUpSources = {
  readonly scopeId: string;
  readonly year: number;
  readonly indicators: readonly LaggingIndicator[];
  readonly items: readonly LaggingWorkItem[];
  /** The rows already there (the user's stored table): kept as the user completed them. */
  readonly existing: readonly FollowUp[];
  readonly newId: () => string;
};

/**
 * The items of a list that lag in the period (滞后, or 未启动 when they should be under way), as
 * the draft takes them: 「4. 深入推进城镇污水垃圾处理」 with its lead departments.
 */
export function laggingWorkItems(
  items: readonly WorkItem[],
  statuses: ReadonlyMap<WorkItemId, ProgressStatus>,
  year: number,
): LaggingWorkItem[] {
  return items.flatMap((item) => {
    const status = statuses.get(item.id);
    if (!status || !LAGGING_STATUSES.has(status)) return [];
    const problem = status === '滞后' ? `${year}年进展滞后` : `${year}年尚未启动`;
    const title = `${item.number}. ${item.title}`;
    return [{ itemId: item.id, title, departments: leadDepartments(item), problem }];
  });
}

/**
 * Drafts the 整改任务分工表 (issue 13「Follow-up list」), the one draft behind both the editing
 * screen and the report's 附表: the rows already there, then one new row per lagging indicator
 * and per lagging item not yet listed, with the suggested lead, measure and deadline (the first
 * department and blanks when none is given). Pure; ids come from `newId`.
 */
export function draftFollowUps(sources: FollowUpSources): FollowUp[] {
  const listed = new Set(sources.existing.flatMap(rowKeys));
  const rows: FollowUp[] = [...sources.existing].sort((a, b) => a.order - b.order);
  const add = (subject: FollowUpSubject, title: string, found: Suggestion & FoundRow) => {
    const keys = [subjectKey(subject), `t:${title}`];
    if (keys.some((key) => listed.has(key))) return;
    keys.forEach((key) => listed.add(key));
    rows.push({
      id: sources.newId(),
      scopeId: sources.scopeId,
      year: sources.year,
      order: rows.length + 1,
      subject,
      title,
      problem: found.problem,
      lead: found.lead ?? found.departments[0] ?? '',
      measure: found.measure ?? '',
      deadline: found.deadline ?? '',
    });
  };
  for (const indicator of sources.indicators) {
    add({ type: 'indicator', indicatorId: indicator.indicatorId }, indicator.name, indicator);
  }
  for (const item of sources.items) {
    // A view without ids (the report's) is matched by title only: its subject key is never stored.
    const itemId = item.itemId ?? (`（未编号）${item.title}` as WorkItemId);
    add({ type: 'workItem', itemId }, item.title, item);
  }
  return rows.map((row, index) => ({ ...row, order: index + 1 }));
}

type FoundRow = { readonly departments: readonly string[]; readonly problem: string };

function rowKeys(row: FollowUp): string[] {
  return [subjectKey(row.subject), `t:${row.title}`];
}

function subjectKey(subject: FollowUpSubject): string {
  switch (subject.type) {
    case 'indicator':
      return `i:${subject.indicatorId}`;
    case 'workItem':
      return `w:${subject.itemId}`;
    case 'manual':
      return `m:${subject.key}`;
    default:
      return assertNever(subject);
  }
}
