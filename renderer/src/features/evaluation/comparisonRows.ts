/**
 * The rows of 对比分析 (issue 14「Comparisons」): each indicator of the plan that a reference plan
 * shares, its value beside each reference's for the same year and measure, and what the report
 * says of it. Pure, so it is tested without React.
 */
import type { IndicatorComparison } from '../../../../shared/report/compareWithReferences';
import { formatAsWritten } from '../../../../shared/lib/formatNumber';

/** One line of the comparison table; `references` holds one text per reference, in order. */
export type ComparisonRow = {
  readonly key: string;
  readonly name: string;
  readonly unit: string;
  readonly year: number;
  /** 增速 or 数值: what is compared. */
  readonly measure: string;
  readonly own: string;
  readonly references: readonly string[];
  readonly rank: string;
  readonly text: string;
};

/** The rows, and the reference labels for the column headers. */
export function comparisonRows(comparisons: readonly IndicatorComparison[]): {
  readonly labels: readonly string[];
  readonly rows: readonly ComparisonRow[];
} {
  const labels = comparisons[0]?.references.map((reference) => reference.region) ?? [];
  const rows = comparisons.map((comparison) => ({
    key: comparison.indicatorId,
    name: comparison.name,
    unit: comparison.unit,
    year: comparison.year,
    measure: comparison.measure === 'growth' ? '增速（%）' : '数值',
    own: formatAsWritten(comparison.own),
    references: comparison.references.map((reference) =>
      reference.value === null ? '—' : formatAsWritten(reference.value),
    ),
    rank: comparison.rank ? `${comparison.rank.position}/${comparison.rank.of}` : '—',
    text: comparison.text === '' ? '—' : comparison.text,
  }));
  return { labels, rows };
}
