import { isSameDepartment } from '../../../../shared/domain/departments';
import type { WorkItemId } from '../../../../shared/domain/ids';
import { outlinePlaceLabel } from '../../../../shared/domain/outlinePlaceLabel';
import {
  itemDepartments,
  leadDepartments,
  type WorkItem,
  type WorkItemKind,
} from '../../../../shared/domain/workItem';
import type {
  ProgressSpan,
  ProgressStatus,
  ProgressStatusOrMissing,
} from '../../../../shared/domain/workItemProgress';
import type { WorkItemProgressRow } from '../../db/rows';

/** The table's filters; empty = no filter. */
export type WorkItemFilters = {
  readonly department: string | null;
  readonly kinds: readonly WorkItemKind[];
  readonly statuses: readonly ProgressStatusOrMissing[];
};

export const NO_WORK_ITEM_FILTERS: WorkItemFilters = { department: null, kinds: [], statuses: [] };

/** One item on screen with its progress in the period. */
export type WorkItemViewRow = {
  readonly item: WorkItem;
  readonly progress: WorkItemProgressRow | null;
  readonly status: ProgressStatusOrMissing;
  readonly lead: readonly string[];
};

/** A group of rows under one outline heading (part, or 专栏 for box items). */
export type WorkItemGroup = {
  readonly key: string;
  readonly label: string;
  readonly rows: readonly WorkItemViewRow[];
};

/** The period's status of every item (for the counts). */
export function periodStatuses(
  progress: readonly WorkItemProgressRow[],
  year: number,
  span: ProgressSpan,
): Map<WorkItemId, ProgressStatus> {
  const statuses = new Map<WorkItemId, ProgressStatus>();
  for (const row of progress)
    if (row.year === year && row.span === span) statuses.set(row.itemId, row.status);
  return statuses;
}

/** Rows of the period, filtered, grouped by 专栏 (box items) or part, in list order. */
export function groupWorkItemRows(
  items: readonly WorkItem[],
  progress: readonly WorkItemProgressRow[],
  period: { readonly year: number; readonly span: ProgressSpan },
  filters: WorkItemFilters,
): WorkItemGroup[] {
  const byItem = new Map<string, WorkItemProgressRow>();
  for (const row of progress) {
    if (row.year === period.year && row.span === period.span) byItem.set(row.itemId, row);
  }
  const groups = new Map<string, WorkItemViewRow[]>();
  for (const item of items) {
    const found = byItem.get(item.id) ?? null;
    const row = {
      item,
      progress: found,
      status: found?.status ?? '未填报',
      lead: leadDepartments(item),
    } as const;
    if (!matches(row, filters)) continue;
    const label = item.place.box || item.place.part || '未分组';
    groups.set(label, [...(groups.get(label) ?? []), row]);
  }
  return [...groups.entries()].map(([label, rows]) => ({ key: label, label, rows }));
}

function matches(row: WorkItemViewRow, filters: WorkItemFilters): boolean {
  const { department, kinds, statuses } = filters;
  if (kinds.length > 0 && !kinds.includes(row.item.kind)) return false;
  if (statuses.length > 0 && !statuses.includes(row.status)) return false;
  if (department && !itemDepartments(row.item).some((d) => isSameDepartment(d, department)))
    return false;
  return true;
}

/** Every department the list's items name, leads first by frequency, for the filter. */
export function departmentChoices(items: readonly WorkItem[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items)
    for (const d of itemDepartments(item)) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'))
    .map(([d]) => d);
}

/** The item's place for the panel. */
export const placeLabel = (item: WorkItem) => outlinePlaceLabel(item.place);
