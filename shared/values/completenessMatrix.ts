import type { ActualValue, Measure, ValueStatus } from '../domain/actualValue';
import type { IndicatorId } from '../domain/ids';
import type { Indicator } from '../domain/indicator';

/** The department label of indicators without a responsible department. */
export const NO_DEPARTMENT = '未指定责任单位';

/** One indicator-year: filled (with the value's status) or missing. */
export type CompletenessCell = {
  readonly year: number;
  readonly isFilled: boolean;
  readonly status: ValueStatus | null;
};

/** One indicator's row of the matrix. */
export type CompletenessRow = {
  readonly indicatorId: IndicatorId;
  readonly category: string;
  readonly name: string;
  /** The indicator's departments, or [未指定责任单位]. */
  readonly departments: readonly string[];
  readonly cells: readonly CompletenessCell[];
  readonly filled: number;
  readonly missing: number;
};

/** Filled / missing counts of a group of indicator-years. */
export type CompletenessCount = {
  readonly filled: number;
  readonly missing: number;
  readonly total: number;
};

/** Counts of one department; an indicator with several departments counts for each. */
export type DepartmentCompleteness = CompletenessCount & {
  readonly department: string;
  readonly indicatorCount: number;
};

/** The completeness matrix (issue 5「Completeness」). */
export type CompletenessMatrix = {
  readonly years: readonly number[];
  readonly rows: readonly CompletenessRow[];
  /** In order of first appearance in the table; 未指定责任单位 last. */
  readonly byDepartment: readonly DepartmentCompleteness[];
  /** Every indicator-year counted once. */
  readonly overall: CompletenessCount;
};

/**
 * Which indicator-years are filled and which are missing, with counts by department and overall.
 * Only values of `measure` (default 'value') count; indicators keep their given order.
 */
export function buildCompletenessMatrix(
  indicators: readonly Indicator[],
  actualValues: readonly ActualValue[],
  years: readonly number[],
  measure: Measure = 'value',
): CompletenessMatrix {
  const statusByKey = new Map<string, ValueStatus>();
  for (const actual of actualValues) {
    if (actual.measure === measure)
      statusByKey.set(`${actual.indicatorId}\u0000${actual.year}`, actual.status);
  }
  const rows = indicators.map((indicator) => buildRow(indicator, years, statusByKey));
  return { years: [...years], rows, byDepartment: countByDepartment(rows), overall: sumRows(rows) };
}

function buildRow(
  indicator: Indicator,
  years: readonly number[],
  statusByKey: ReadonlyMap<string, ValueStatus>,
): CompletenessRow {
  const cells = years.map((year) => {
    const status = statusByKey.get(`${indicator.id}\u0000${year}`) ?? null;
    return { year, isFilled: status !== null, status };
  });
  const filled = cells.filter((cell) => cell.isFilled).length;
  const named = [
    ...new Set(indicator.departments.map((name) => name.trim()).filter((name) => name)),
  ];
  return {
    indicatorId: indicator.id,
    category: indicator.category,
    name: indicator.name,
    departments: named.length > 0 ? named : [NO_DEPARTMENT],
    cells,
    filled,
    missing: cells.length - filled,
  };
}

function countByDepartment(rows: readonly CompletenessRow[]): DepartmentCompleteness[] {
  const groups = new Map<string, CompletenessRow[]>();
  for (const row of rows) {
    for (const department of row.departments) {
      const group = groups.get(department) ?? [];
      group.push(row);
      groups.set(department, group);
    }
  }
  const names = [...groups.keys()].filter((name) => name !== NO_DEPARTMENT);
  if (groups.has(NO_DEPARTMENT)) names.push(NO_DEPARTMENT);
  return names.map((department) => {
    const group = groups.get(department) ?? [];
    return { department, indicatorCount: group.length, ...sumRows(group) };
  });
}

function sumRows(rows: readonly CompletenessRow[]): CompletenessCount {
  const filled = rows.reduce((sum, row) => sum + row.filled, 0);
  const missing = rows.reduce((sum, row) => sum + row.missing, 0);
  return { filled, missing, total: filled + missing };
}
