import { normalizeDepartmentName } from '../domain/departments';
import { itemDepartments, type WorkItem } from '../domain/workItem';
import type { ProgressSpan, WorkItemProgress } from '../domain/workItemProgress';
import { NO_DEPARTMENT, type CompletenessMatrix } from './completenessMatrix';

/** The period whose item progress is counted: one year, whole or first half. */
export type ItemPeriod = { readonly year: number; readonly span: ProgressSpan };

/** Items of one department and how many have progress for the period. */
export type ItemCompleteness = {
  readonly department: string;
  readonly itemCount: number;
  readonly reported: number;
  readonly missing: number;
};

/**
 * Per department: its items (led or supported, as its workbook lists them; an item with several
 * departments counts for each) and how many have a progress record for the period (issue 13:
 * 「completeness per department covers items」). Items without a department go to 未指定责任单位.
 */
export function countItemProgress(
  items: readonly WorkItem[],
  progress: readonly WorkItemProgress[],
  period: ItemPeriod,
): ItemCompleteness[] {
  const reported = new Set(
    progress.filter((p) => p.year === period.year && p.span === period.span).map((p) => p.itemId),
  );
  const counts = new Map<string, { itemCount: number; reported: number }>();
  for (const item of items) {
    const named = itemDepartments(item).map(normalizeDepartmentName);
    for (const department of named.length > 0 ? named : [NO_DEPARTMENT]) {
      const count = counts.get(department) ?? { itemCount: 0, reported: 0 };
      count.itemCount += 1;
      if (reported.has(item.id)) count.reported += 1;
      counts.set(department, count);
    }
  }
  return [...counts].map(([department, count]) => ({
    department,
    ...count,
    missing: count.itemCount - count.reported,
  }));
}

/** One department's indicator-years and items together. */
export type DepartmentCompletenessRow = {
  readonly department: string;
  readonly indicatorCount: number;
  /** Indicator-years filled / missing / to fill. */
  readonly filled: number;
  readonly missing: number;
  readonly total: number;
  readonly itemCount: number;
  readonly itemsReported: number;
  readonly itemsMissing: number;
  /** Indicator-years filled plus items reported, over both totals. */
  readonly done: number;
  readonly due: number;
};

/**
 * The matrix's departments joined with the item counts by normalised name (one department list,
 * issue 13「Model」): the matrix's order first, then departments that only have items, 未指定责任单位
 * last.
 */
export function combineDepartmentCompleteness(
  matrix: CompletenessMatrix,
  items: readonly ItemCompleteness[],
): DepartmentCompletenessRow[] {
  const byName = new Map(items.map((count) => [normalizeDepartmentName(count.department), count]));
  const used = new Set<string>();
  const rows: DepartmentCompletenessRow[] = matrix.byDepartment.map((group) => {
    const key = normalizeDepartmentName(group.department);
    used.add(key);
    return row(group.department, group, byName.get(key));
  });
  const none = { indicatorCount: 0, filled: 0, missing: 0, total: 0 };
  for (const count of items) {
    if (!used.has(normalizeDepartmentName(count.department)))
      rows.push(row(count.department, none, count));
  }
  const last = rows.findIndex((r) => r.department === NO_DEPARTMENT);
  return last < 0 ? rows : [...rows.filter((_, i) => i !== last), rows[last]!];
}

function row(
  department: string,
  indicators: { indicatorCount: number; filled: number; missing: number; total: number },
  items: ItemCompleteness | undefined,
): DepartmentCompletenessRow {
  const itemCount = items?.itemCount ?? 0;
  const itemsReported = items?.reported ?? 0;
  return {
    department,
    indicatorCount: indicators.indicatorCount,
    filled: indicators.filled,
    missing: indicators.missing,
    total: indicators.total,
    itemCount,
    itemsReported,
    itemsMissing: itemCount - itemsReported,
    done: indicators.filled + itemsReported,
    due: indicators.total + itemCount,
  };
}

/** The period to count by default: the latest with any progress, else the first year given. */
export function defaultItemPeriod(
  progress: readonly WorkItemProgress[],
  years: readonly number[],
): ItemPeriod {
  const latest = [...progress].sort(
    (a, b) => b.year - a.year || (a.span === '全年' ? -1 : 1) - (b.span === '全年' ? -1 : 1),
  )[0];
  return latest
    ? { year: latest.year, span: latest.span }
    : { year: years[0] ?? 2021, span: '全年' };
}
