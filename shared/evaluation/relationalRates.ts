/**
 * Annual growth rates of a row for a relational target (issue 12, reading 2). A growth-rate row
 * (「居民人均可支配收入增长（%）」) holds rates: its values are read as rates, never as levels, so
 * 8.1 and 5.0 are 8.1% and 5.0%, not a fall of 38%. A level row gives its entered growth (the
 * official real growth) where there is one, else the growth from consecutive levels.
 */
import type { Indicator } from '../domain/indicator';
import type { IndicatorSeries } from './actualIndex';
import { isGrowthRateIndicator } from './referenceIndicator';

/** Rates by year and where they came from. */
export type RelationalRates = {
  readonly rates: ReadonlyMap<number, number>;
  /** At least one rate was computed from levels (nominal, for a value in current prices). */
  readonly fromLevels: boolean;
};

/** The rates of the years from..to. */
export function relationalRates(
  indicator: Indicator,
  series: IndicatorSeries,
  base: number | null,
  from: number,
  to: number,
): RelationalRates {
  const rates = new Map<number, number>();
  if (isGrowthRateIndicator(indicator)) {
    for (let year = from; year <= to; year += 1) {
      const rate = series.value.get(year) ?? series.growth.get(year);
      if (rate !== undefined) rates.set(year, rate);
    }
    return { rates, fromLevels: false };
  }
  let fromLevels = false;
  for (let year = from; year <= to; year += 1) {
    const direct = series.growth.get(year);
    const previous =
      year === from ? (series.value.get(year - 1) ?? base) : series.value.get(year - 1);
    const current = series.value.get(year);
    if (direct !== undefined) rates.set(year, direct);
    else if (previous != null && current !== undefined && previous > 0) {
      rates.set(year, (current / previous - 1) * 100);
      fromLevels = true;
    }
  }
  return { rates, fromLevels };
}

/** 「居民人均可支配收入增长」 → 「居民人均可支配收入」, so a sentence never says 增长年均增长. */
export function growthSubject(name: string): string {
  return name.replace(/(?:年均)?(?:增长率|增长|增速)$/, '') || name;
}
