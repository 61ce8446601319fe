import type {
  CompletenessCount,
  CompletenessMatrix,
  CompletenessRow,
} from '../../../../shared/values/completenessMatrix';
import {
  combineDepartmentCompleteness,
  countItemProgress,
  type ItemCompleteness,
  type ItemPeriod,
} from '../../../../shared/values/itemCompleteness';
import type { PlanWorkItems } from '../../db/workItemQueries';
import { formatNumber } from '../../../../shared/lib/formatNumber';

/** One line of the per-department summary; the overall line has department null. */
export type CompletenessSummaryRow = CompletenessCount & {
  readonly key: string;
  readonly department: string | null;
  readonly indicatorCount: number;
  /** The department's work items and how many have progress for the counted period. */
  readonly itemCount: number;
  readonly itemsReported: number;
  readonly itemsMissing: number;
  /** Over indicator-years and items together: 「75.0%」, or 「—」 when there is nothing to fill. */
  readonly rate: string;
};

/**
 * The per-department counts, indicators and work items together (issue 13: completeness per
 * department covers items), followed by the overall line (every indicator-year and item once).
 */
export function completenessSummary(
  matrix: CompletenessMatrix,
  items: readonly ItemCompleteness[] = [],
  itemTotal: { readonly itemCount: number; readonly reported: number } = {
    itemCount: 0,
    reported: 0,
  },
): CompletenessSummaryRow[] {
  const departments = combineDepartmentCompleteness(matrix, items).map((row) => ({
    key: `department:${row.department}`,
    department: row.department,
    indicatorCount: row.indicatorCount,
    filled: row.filled,
    missing: row.missing,
    total: row.total,
    itemCount: row.itemCount,
    itemsReported: row.itemsReported,
    itemsMissing: row.itemsMissing,
    rate: fillRate({ filled: row.done, missing: row.due - row.done, total: row.due }),
  }));
  const done = matrix.overall.filled + itemTotal.reported;
  const due = matrix.overall.total + itemTotal.itemCount;
  const overall = {
    ...matrix.overall,
    key: 'overall',
    department: null,
    indicatorCount: matrix.rows.length,
    itemCount: itemTotal.itemCount,
    itemsReported: itemTotal.reported,
    itemsMissing: itemTotal.itemCount - itemTotal.reported,
    rate: fillRate({ filled: done, missing: due - done, total: due }),
  };
  return [...departments, overall];
}

/**
 * The summary with the plan's work items counted for one period: per department its items and
 * those reported, overall every item once.
 */
export function completenessSummaryWithItems(
  matrix: CompletenessMatrix,
  workItems: PlanWorkItems,
  period: ItemPeriod,
): CompletenessSummaryRow[] {
  const items = workItems.sources.flatMap((source) => source.items);
  const counts = countItemProgress(items, workItems.progress, period);
  const reported = new Set(
    workItems.progress
      .filter((p) => p.year === period.year && p.span === period.span)
      .map((p) => p.itemId),
  );
  const total = {
    itemCount: items.length,
    reported: items.filter((item) => reported.has(item.id)).length,
  };
  return completenessSummary(matrix, counts, total);
}

/** The matrix rows of one department, or all rows when department is null. */
export function completenessRowsOf(
  matrix: CompletenessMatrix,
  department: string | null,
): readonly CompletenessRow[] {
  if (department === null) return matrix.rows;
  return matrix.rows.filter((row) => row.departments.includes(department));
}

/** Share of filled indicator-years with one decimal: 「37.5%」; 「—」 when the total is 0. */
export function fillRate(count: CompletenessCount): string {
  if (count.total === 0) return '—';
  return `${formatNumber((count.filled / count.total) * 100, 1)}%`;
}
