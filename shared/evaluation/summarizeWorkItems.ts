import { normalizeDepartmentName } from '../domain/departments';
import type { WorkItemId } from '../domain/ids';
import {
  WORK_ITEM_KINDS,
  leadDepartments,
  type WorkItem,
  type WorkItemKind,
} from '../domain/workItem';
import {
  STATUS_OR_MISSING,
  type ProgressStatus,
  type ProgressStatusOrMissing,
} from '../domain/workItemProgress';

/** Counts by status, every status present (zero when none). */
export type StatusCounts = Readonly<Record<ProgressStatusOrMissing, number>>;

/** The work items of a period counted as reports count them (REAL-REPORTS.md). */
export type WorkItemSummary = {
  readonly total: number;
  readonly byStatus: StatusCounts;
  readonly byKind: readonly {
    readonly kind: WorkItemKind;
    readonly total: number;
    readonly byStatus: StatusCounts;
  }[];
  /** Lead departments, most items first; an item counts once for each department it names. */
  readonly byDepartment: readonly {
    readonly department: string;
    readonly total: number;
    readonly byStatus: StatusCounts;
  }[];
  /** e.g. 「25项重点任务中，已完成3项、序时推进18项、滞后2项，未填报2项」. */
  readonly sentence: string;
};

/** The status of each item in the period; items without a record are 未填报. */
export function statusOf(
  item: Pick<WorkItem, 'id'>,
  statuses: ReadonlyMap<WorkItemId, ProgressStatus>,
): ProgressStatusOrMissing {
  return statuses.get(item.id) ?? '未填报';
}

/**
 * Counts a period's items by status, by kind and by lead department (items without a lead
 * department count under 「未明确牵头单位」), with the sentence a report would print.
 */
export function summarizeWorkItems(
  items: readonly WorkItem[],
  statuses: ReadonlyMap<WorkItemId, ProgressStatus>,
): WorkItemSummary {
  const byStatus = countStatuses(items, statuses);
  const byKind = WORK_ITEM_KINDS.map((kind) => {
    const ofKind = items.filter((item) => item.kind === kind);
    return { kind, total: ofKind.length, byStatus: countStatuses(ofKind, statuses) };
  }).filter((group) => group.total > 0);
  const departments = new Map<string, WorkItem[]>();
  for (const item of items) {
    const leads = leadDepartments(item).map(normalizeDepartmentName);
    for (const department of leads.length > 0 ? leads : [NO_LEAD]) {
      departments.set(department, [...(departments.get(department) ?? []), item]);
    }
  }
  const byDepartment = [...departments.entries()]
    .map(([department, ofDepartment]) => ({
      department,
      total: ofDepartment.length,
      byStatus: countStatuses(ofDepartment, statuses),
    }))
    .sort((a, b) => b.total - a.total || a.department.localeCompare(b.department, 'zh-CN'));
  return {
    total: items.length,
    byStatus,
    byKind,
    byDepartment,
    sentence: sentenceOf(items, byKind, byStatus),
  };
}

/** The department label of items that name no lead department. */
export const NO_LEAD = '未明确牵头单位';

function countStatuses(
  items: readonly WorkItem[],
  statuses: ReadonlyMap<WorkItemId, ProgressStatus>,
): StatusCounts {
  const counts = Object.fromEntries(STATUS_OR_MISSING.map((s) => [s, 0])) as Record<
    ProgressStatusOrMissing,
    number
  >;
  for (const item of items) counts[statusOf(item, statuses)] += 1;
  return counts;
}

const KIND_NOUNS: Readonly<Record<WorkItemKind, string>> = {
  任务: '重点任务',
  工程项目: '重大工程项目',
  改革举措: '重大改革举措',
};

function sentenceOf(
  items: readonly WorkItem[],
  byKind: WorkItemSummary['byKind'],
  byStatus: StatusCounts,
): string {
  if (items.length === 0) return '暂无重点任务';
  const what = byKind.map((group) => `${group.total}项${KIND_NOUNS[group.kind]}`).join('、');
  const parts = STATUS_OR_MISSING.filter((s) => byStatus[s] > 0).map((s) => `${s}${byStatus[s]}项`);
  return `${what}中，${parts.join('、')}`;
}
