/**
 * Compound-growth arithmetic used by the rules (rates in per cent, as the plans write them).
 * DOMAIN.md「What kinds of target there are」: 年均增长 is a compound (geometric) average.
 */

/** Level after growing `years` years at `ratePercent` a year: base·(1+r)^years. */
export function compound(base: number, ratePercent: number, years: number): number {
  return base * (1 + ratePercent / 100) ** years;
}

/** Compound annual growth in % from `from` to `to` over `years`; null if not computable. */
export function annualGrowth(from: number, to: number, years: number): number | null {
  if (years <= 0 || from <= 0 || to < 0) return null;
  return ((to / from) ** (1 / years) - 1) * 100;
}

/** Product of (1 + r/100) over annual rates in %: the growth index over those years. */
export function growthIndex(ratesPercent: readonly number[]): number {
  return ratesPercent.reduce((product, rate) => product * (1 + rate / 100), 1);
}

/** Geometric average of annual rates in % (the official 年均增速); null for no rates. */
export function averageGrowth(ratesPercent: readonly number[]): number | null {
  if (ratesPercent.length === 0) return null;
  const index = growthIndex(ratesPercent);
  if (index <= 0) return null;
  return (index ** (1 / ratesPercent.length) - 1) * 100;
}

/** Ratio of actual to required progress (Eurostat R); null when nothing is required. */
export function progressRatio(actual: number, required: number): number | null {
  if (required === 0 || !Number.isFinite(actual) || !Number.isFinite(required)) return null;
  return actual / required;
}

/** Rounds away floating-point noise (1e-12) so hand-computed boundaries compare as written. */
export function clean(value: number): number {
  return Math.round(value * 1e10) / 1e10;
}
