/**
 * The unit a sentence prints for an indicator. A ratio of two amounts (城乡居民人均可支配收入比
 * 2.19) is a pure number even when the plan's table heads it `(%)`, as 001 and 002 do: its change
 * is 「下降0.05」, never 「降低0.05个百分点」, and its level 2.14, not 2.14% (issue 12, item 10).
 */
import type { Indicator } from '../domain/indicator';

// The name ends in 比 (收入比, 城乡收入比), not in 比重, 比例 or 比率, which are shares in %.
const RATIO_NAME = /比$/;
const PARENTHESES = /[（(][^）)]*[）)]/g;

/** Whether the indicator is a ratio of two amounts, by its name. */
export function isRatioIndicator(indicator: Pick<Indicator, 'name'>): boolean {
  return RATIO_NAME.test(indicator.name.replace(PARENTHESES, '').trim());
}

/** The unit to print after the indicator's numbers: none for a ratio, else its own. */
export function shownUnit(indicator: Pick<Indicator, 'name' | 'unit'>): string {
  return isRatioIndicator(indicator) ? '' : indicator.unit;
}
