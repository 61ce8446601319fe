import type { ActualValue } from '../domain/actualValue';
import type { Indicator } from '../domain/indicator';
import { formatCsv } from '../lib/formatCsv';
import type { CsvValue } from '../lib/formatCsv';
import { matchIndicatorName } from '../lib/matchIndicatorName';

/** The header written, in the order `parseActualsCsv` documents, plus the optional columns. */
export const ACTUALS_CSV_HEADER = [
  'indicator',
  'year',
  'value',
  'measure',
  'status',
  'source',
  'note',
] as const;

/**
 * Writes actual values as the CSV `parseActualsCsv` reads: one row per value, the indicator by
 * its name when the name finds exactly that indicator (readable for the evaluator), else by its
 * id. Values of indicators not in `indicators` are left out. Texts are neutralised against
 * formula injection by `formatCsv` (docs/decisions/0013); values stay numeric.
 */
export function formatActualsCsv(
  actualValues: readonly ActualValue[],
  indicators: readonly Indicator[],
): string {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const rows: CsvValue[][] = [[...ACTUALS_CSV_HEADER]];
  for (const actual of actualValues) {
    const indicator = byId.get(actual.indicatorId);
    if (!indicator) continue;
    rows.push([
      indicatorKey(indicator, indicators),
      actual.year,
      actual.value,
      actual.measure,
      actual.status,
      actual.source,
      actual.note,
    ]);
  }
  return formatCsv(rows);
}

/** The name if reading it back finds this indicator alone, else the id. */
function indicatorKey(indicator: Indicator, indicators: readonly Indicator[]): string {
  const match = matchIndicatorName(indicator.name, indicators);
  return match.kind === 'found' && match.indicator.id === indicator.id
    ? indicator.name
    : indicator.id;
}
