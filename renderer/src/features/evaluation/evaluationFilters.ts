/**
 * Filters of the 评估分析 table (issue 6: by verdict, category, attribute and department). Pure, so
 * the slice's transitions and the table's rows are tested without React.
 */
import type { Attribute, Indicator } from '../../../../shared/domain/indicator';
import type { Verdict } from '../../../../shared/domain/verdict';
import type { ReviewedEvaluation } from '../../../../shared/evaluation/applyOverride';
import type { BaseBreak } from '../../../../shared/evaluation/baseBreak';

/** What the table is narrowed to; an empty list means no filter on that field. */
export type EvaluationFilters = {
  readonly verdicts: readonly Verdict[];
  readonly categories: readonly string[];
  readonly attributes: readonly Attribute[];
  readonly departments: readonly string[];
};

/** No filter. */
export const NO_FILTERS: EvaluationFilters = {
  verdicts: [],
  categories: [],
  attributes: [],
  departments: [],
};

/** The department choice of indicators whose 责任单位 is not filled in. */
export const NO_DEPARTMENT = '（未填写责任单位）';

/** One indicator row: the indicator and its evaluation. */
export type EvaluationRow = {
  readonly indicator: Indicator;
  readonly evaluation: ReviewedEvaluation;
  /** 基期可能不可比 (shared/evaluation/baseBreak.ts), when the base may not be comparable. */
  readonly baseBreak?: BaseBreak;
};

/** Whether any filter is set. */
export function hasFilters(filters: EvaluationFilters): boolean {
  return (
    filters.verdicts.length +
      filters.categories.length +
      filters.attributes.length +
      filters.departments.length >
    0
  );
}

/** The rows that pass every filter; the verdict filtered on is the one in force (override). */
export function filterRows(
  rows: readonly EvaluationRow[],
  filters: EvaluationFilters,
): EvaluationRow[] {
  const passes = <T>(chosen: readonly T[], value: T) =>
    chosen.length === 0 || chosen.includes(value);
  return rows.filter(
    ({ indicator, evaluation }) =>
      passes(filters.verdicts, evaluation.finalVerdict) &&
      passes(filters.categories, indicator.category) &&
      passes(filters.attributes, indicator.attribute) &&
      (filters.departments.length === 0 ||
        departmentsOf(indicator).some((department) => filters.departments.includes(department))),
  );
}

/** The departments an indicator is filed under: its 责任单位, or NO_DEPARTMENT. */
export function departmentsOf(indicator: Pick<Indicator, 'departments'>): readonly string[] {
  return indicator.departments.length > 0 ? indicator.departments : [NO_DEPARTMENT];
}

/** A choice of a filter with the number of indicators it matches. */
export type FilterChoice<T> = { readonly value: T; readonly count: number };

/** The choices each filter offers, in table order, with counts (zero-count verdicts left out). */
export type FilterChoices = {
  readonly verdicts: readonly FilterChoice<Verdict>[];
  readonly categories: readonly FilterChoice<string>[];
  readonly attributes: readonly FilterChoice<Attribute>[];
  readonly departments: readonly FilterChoice<string>[];
};

/** Counts every value of every filter over all rows. */
export function filterChoices(
  rows: readonly EvaluationRow[],
  verdictOrder: readonly Verdict[],
): FilterChoices {
  const verdicts = countBy(rows.map((row) => row.evaluation.finalVerdict));
  return {
    verdicts: verdictOrder.flatMap((value) => {
      const count = verdicts.get(value) ?? 0;
      return count > 0 ? [{ value, count }] : [];
    }),
    categories: choicesOf(countBy(rows.map((row) => row.indicator.category).filter(Boolean))),
    attributes: choicesOf(countBy(rows.flatMap((row) => row.indicator.attribute ?? []))),
    departments: choicesOf(countBy(rows.flatMap((row) => departmentsOf(row.indicator)))),
  };
}

/** Counts in order of first appearance. */
function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function choicesOf<T>(counts: Map<T, number>): FilterChoice<T>[] {
  return [...counts].map(([value, count]) => ({ value, count }));
}
