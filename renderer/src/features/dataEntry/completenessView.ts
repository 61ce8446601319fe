import type {
  CompletenessCount,
  CompletenessMatrix,
  CompletenessRow,
} from '../../../../shared/values/completenessMatrix';

/** One line of the per-department summary; the overall line has department null. */
export type CompletenessSummaryRow = CompletenessCount & {
  readonly key: string;
  readonly department: string | null;
  readonly indicatorCount: number;
  /** 「75.0%」, or 「—」 when there is nothing to fill. */
  readonly rate: string;
};

/** The per-department counts followed by the overall line (every indicator-year once). */
export function completenessSummary(matrix: CompletenessMatrix): CompletenessSummaryRow[] {
  const departments = matrix.byDepartment.map((group) => ({
    ...group,
    key: `department:${group.department}`,
    rate: fillRate(group),
  }));
  const overall = {
    ...matrix.overall,
    key: 'overall',
    department: null,
    indicatorCount: matrix.rows.length,
    rate: fillRate(matrix.overall),
  };
  return [...departments, overall];
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
  return `${((count.filled / count.total) * 100).toFixed(1)}%`;
}
