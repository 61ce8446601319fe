/**
 * Cells of the 附表: the text printed in Word, and for numbers the value and decimals so the Excel
 * export keeps them numeric with the same precision (UX.md「Numbers」).
 */
import { decimalsOf, formatNumber } from '../lib/formatNumber';
import type { ReportCell, ReportIndicatorData } from './reportDocument';

/** Shown where a figure does not apply or is missing. */
export const NO_VALUE = '—';

/** A text cell. */
export function textCell(text: string): ReportCell {
  return { text, value: null, decimals: 0, format: 'text' };
}

/** A number cell with the given decimals (thousands separators from 10,000 on). */
export function numberCell(value: number, decimals = decimalsOf(value)): ReportCell {
  return { text: formatNumber(value, decimals), value, decimals, format: 'number' };
}

/** A ratio shown in per cent with one decimal (0.4 → 40.0%), or — when null. */
export function percentCell(ratio: number | null): ReportCell {
  if (ratio === null || !Number.isFinite(ratio)) return textCell(NO_VALUE);
  return { text: `${formatNumber(ratio * 100, 1)}%`, value: ratio, decimals: 1, format: 'percent' };
}

/**
 * A plan cell exactly as written, spaces squeezed (`7 左右` → 7左右); a plain number stays a number
 * with the plan's own decimals (957.14, 1200), anything else (`[7.66]`, `68.05*`, `--`) is text.
 */
export function rawCell(raw: string): ReportCell {
  const text = raw.replace(/\s+/g, '').trim();
  if (text === '' || /^[-—–]+$/.test(text) || /^[[［]\s*[\]］]$/.test(text))
    return textCell(NO_VALUE);
  if (/^-?\d+(\.\d+)?$/.test(text)) {
    const dot = text.indexOf('.');
    return numberCell(Number(text), dot < 0 ? 0 : text.length - dot - 1);
  }
  return textCell(text);
}

/**
 * A rate entered as 6.0 arrives as the number 6; beside 6.5 and 6.4 in the same column it is
 * shown 6.0, as the yearbook prints rates in % (one decimal when the base has decimals).
 */
function actualDecimals({ indicator }: ReportIndicatorData, value: number): number {
  const own = decimalsOf(value);
  const base = indicator.base.value;
  const isRate = indicator.unit === '%' || indicator.unit === '‰';
  return own === 0 && isRate && base !== null && decimalsOf(base) > 0 ? 1 : own;
}

/** The actual value of `year` (measure value), or a structure's components (6.8:42:51.2). */
export function actualCell(entry: ReportIndicatorData, year: number): ReportCell {
  const actual = entry.actuals.find((value) => value.year === year && value.measure === 'value');
  if (actual) return numberCell(actual.value, actualDecimals(entry, actual.value));
  const components = entry.components.find((value) => value.year === year);
  if (components) return textCell(components.components.join(':'));
  return textCell(NO_VALUE);
}
