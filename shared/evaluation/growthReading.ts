/**
 * Reads an indicator's average annual growth from its actuals. DOMAIN.md「What kinds of target
 * there are」: evaluators may enter the official real growth (comparable prices) beside a level;
 * when present it is preferred for growth comparisons.
 */
import { latestYear, missingYears } from './actualIndex';
import type { EvaluationFrame } from './evaluationFrame';
import { annualGrowth, averageGrowth } from './growthMath';

const NONE: readonly number[] = [];

/** An average annual growth rate and the years it covers. */
export type GrowthReading = {
  /** Average annual growth in %. */
  readonly average: number;
  readonly fromYear: number;
  readonly toYear: number;
  /**
   * Where it came from: annual growth actuals, a completion table's period average entered as
   * `growth`, the officially published average growth since the base year (`averageGrowth`,
   * comparable prices), or levels (current prices).
   */
  readonly source: 'annualRates' | 'periodAverage' | 'official' | 'levels';
  /** Years in between without data (annual-rate readings skip them). */
  readonly missing: readonly number[];
};

/**
 * Reads annual growth actuals (measure `growth`) from base year + 1 to the latest year with one,
 * up to the frame's year. A year missing in between breaks the compounding, so then the reading
 * is null unless `allowGaps` (averaging the years present). A completion table's growth column
 * is the period average: one value in the target year stands for the whole period.
 */
export function readAnnualRates(
  rates: ReadonlyMap<number, number>,
  frame: EvaluationFrame,
  allowGaps: boolean,
): GrowthReading | null {
  const from = frame.baseYear + 1;
  const to = latestYear(rates, from, frame.year);
  if (to === null) return null;
  const missing = missingYears(rates, from, to);
  if (frame.isCompletionTable && to === frame.targetYear && missing.length > 0) {
    return {
      average: rates.get(to) ?? 0,
      fromYear: from,
      toYear: to,
      source: 'periodAverage',
      missing: NONE,
    };
  }
  if (missing.length > 0 && !allowGaps) return null;
  const present: number[] = [];
  for (let year = from; year <= to; year += 1) {
    const rate = rates.get(year);
    if (rate !== undefined) present.push(rate);
  }
  const average = averageGrowth(present);
  if (average === null) return null;
  return { average, fromYear: from, toYear: to, source: 'annualRates', missing };
}

/** Average annual growth implied by the base and the level in `year`; null if not computable. */
export function readLevelGrowth(
  base: number | null,
  level: number | null,
  year: number,
  frame: EvaluationFrame,
): GrowthReading | null {
  if (base === null || level === null) return null;
  const average = annualGrowth(base, level, year - frame.baseYear);
  if (average === null) return null;
  return { average, fromYear: frame.baseYear + 1, toYear: year, source: 'levels', missing: NONE };
}

/**
 * The officially published average annual growth since the base year (measure `averageGrowth`)
 * for the latest year up to the frame's year, or null. It covers base year + 1 to that year in
 * one figure, so no year is missing.
 */
export function readOfficialAverage(
  averages: ReadonlyMap<number, number>,
  frame: EvaluationFrame,
): GrowthReading | null {
  const from = frame.baseYear + 1;
  const to = latestYear(averages, from, frame.year);
  if (to === null) return null;
  const average = averages.get(to);
  if (average === undefined) return null;
  return { average, fromYear: from, toYear: to, source: 'official', missing: NONE };
}

/** The later of two readings; on the same year the first (the more authoritative) wins. */
export function laterReading(
  preferred: GrowthReading | null,
  other: GrowthReading | null,
): GrowthReading | null {
  if (preferred && (!other || preferred.toYear >= other.toYear)) return preferred;
  return other;
}
