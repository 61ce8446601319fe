/**
 * Requirements worded with enough digits (issue 12, item 6): a small yearly requirement must not
 * round to 持平 (「需年均提高0.03岁」, never 「需年均持平」).
 */
import type { ChangeStyle } from '../lib/formatNumber';
import { formatChange, formatNumber } from '../lib/formatNumber';

/** The fewest decimals, from `decimals` up to 4, that keep a non-zero value from rounding to 0. */
export function visibleDecimals(value: number, decimals: number): number {
  let shown = Math.max(0, decimals);
  while (shown < 4 && value !== 0 && Math.abs(value) < 0.5 * 10 ** -shown) shown += 1;
  return shown;
}

/** formatChange with as many more decimals as a small non-zero change needs to show. */
export function requiredChangeText(change: number, style: ChangeStyle): string {
  const decimals = style.kind === 'amount' ? style.decimals : (style.decimals ?? 1);
  return formatChange(change, { ...style, decimals: visibleDecimals(change, decimals) });
}

/** An amount with its unit, with enough decimals to show a small amount: 2.9万人, 0.03岁. */
export function amountText(value: number, unit: string, decimals: number): string {
  return `${formatNumber(value, visibleDecimals(value, decimals))}${unit}`;
}
