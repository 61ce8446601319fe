/**
 * The unit a sentence prints for an indicator. A ratio of two amounts (城乡居民人均可支配收入比
 * 2.19) is a pure number even when the plan's table heads it `(%)`, as 001 and 002 do: its change
 * is 「下降0.05」, never 「降低0.05个百分点」, and its level 2.14, not 2.14% (issue 12, item 10).
 */
import type { Indicator } from '../domain/indicator';

// The name ends in 比 (收入比, 城乡收入比), not in 比重, 比例 or 比率, which are shares in %.
const RATIO_NAME = /比$/;
const PARENTHESES = /[（(][^）)]*[）)]/g;

// Read once per indicator object: sentences ask several times per indicator, 10,000 times a run.
const known = new WeakMap<object, boolean>();

/** Whether the indicator is a ratio of two amounts, by its name. */
export function isRatioIndicator(indicator: Pick<Indicator, 'name'>): boolean {
  let isRatio = known.get(indicator);
  if (isRatio === undefined) {
    isRatio = RATIO_NAME.test(indicator.name.replace(PARENTHESES, '').trim());
    known.set(indicator, isRatio);
  }
  return isRatio;
}

/** The unit to print after the indicator's numbers: none for a ratio, else its own. */
export function shownUnit(indicator: Pick<Indicator, 'name' | 'unit'>): string {
  return isRatioIndicator(indicator) ? '' : indicator.unit;
}
