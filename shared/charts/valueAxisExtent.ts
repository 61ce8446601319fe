/**
 * A value axis with room around the data: charts rendered for Word have no tooltip, so the labels
 * of the lowest and highest points (the base, the target) must not run into the axes.
 */
import { clean } from '../evaluation/growthMath';

/** Axis bounds and the tick step, all round numbers. */
export type ValueAxisExtent = {
  readonly min: number;
  readonly max: number;
  readonly interval: number;
};

/** About six ticks; the data keep 12 % of their range clear of each end. */
const TICKS = 6;
const PADDING = 0.12;

/**
 * Round bounds around the values with a 1-2-2.5-5 step; a non-negative series keeps a floor of
 * 0. Null for no values.
 */
export function valueAxisExtent(values: readonly number[]): ValueAxisExtent | null {
  if (values.length === 0) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const range = high - low || Math.abs(high) * 0.1 || 1;
  const interval = niceStep((range * (1 + 2 * PADDING)) / TICKS);
  const min = clean(Math.floor((low - range * PADDING) / interval) * interval);
  const max = clean(Math.ceil((high + range * PADDING) / interval) * interval);
  return { min: low >= 0 ? Math.max(0, min) : min, max, interval };
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return clean(nice * power);
}
