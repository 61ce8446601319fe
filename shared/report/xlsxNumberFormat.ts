/**
 * Excel number formats for the report workbook. UX.md「Numbers」: the plan's own precision and
 * thousands separators for large values, as `formatNumber` writes them in the Word report, so a
 * cell shows what the text shows while staying a number the evaluator can compute with.
 */
import type { Indicator } from '../domain/indicator';
import type { ReportCell } from './reportDocument';

/** Values from this magnitude on get separators, as `formatNumber` does (33,632; 1102.3). */
const GROUPING_FROM = 10000;

/** Excel keeps at most this many decimals readable; more are a typing artefact. */
const MAX_DECIMALS = 6;

/**
 * The decimals an indicator is written with: the most any number in its base or target cell has
 * (`957.14` → 2, `[7.66]` → 2, `68.05*` → 2, `7.1:43.1:49.8` → 1, `1200` → 0), or null when
 * neither cell holds a number (`--`, `确保数量不减`).
 */
export function indicatorDecimals(
  indicator: Pick<Indicator, 'baseRaw' | 'targetRaw'>,
): number | null {
  let decimals: number | null = null;
  for (const raw of [indicator.baseRaw, indicator.targetRaw]) {
    for (const match of raw.normalize('NFKC').matchAll(/\d+(?:\.(\d+))?/g)) {
      decimals = Math.max(decimals ?? 0, match[1]?.length ?? 0);
    }
  }
  return decimals === null ? null : Math.min(decimals, MAX_DECIMALS);
}

/** `0`, `0.0`, `0.00` …, with separators (`#,##0.00`) when the value is large. */
export function decimalFormat(value: number, decimals: number): string {
  const places = Math.min(Math.max(0, Math.round(decimals)), MAX_DECIMALS);
  const fraction = places === 0 ? '' : `.${'0'.repeat(places)}`;
  return Math.abs(value) >= GROUPING_FROM ? `#,##0${fraction}` : `0${fraction}`;
}

/** A percent cell's format (the cell holds the ratio, 0.4 for 40.0%). */
export function percentFormat(decimals: number): string {
  const places = Math.min(Math.max(0, Math.round(decimals)), MAX_DECIMALS);
  return places === 0 ? '0%' : `0.${'0'.repeat(places)}%`;
}

/**
 * The format of a numeric 附表 cell: the decimals the cell itself is printed with in Word (issue
 * 14: Word and Excel show the same digits, 10.9 in both), so no row-wide padding (1102.3 stays
 * 1102.3 beside a base of 957.14) and no entered digit is hidden.
 */
export function reportCellFormat(cell: ReportCell): string | null {
  if (cell.value === null || cell.format === 'text') return null;
  if (cell.format === 'percent') return percentFormat(cell.decimals);
  return decimalFormat(cell.value, cell.decimals);
}
