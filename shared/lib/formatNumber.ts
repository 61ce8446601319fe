/**
 * Number formatting for Chinese statistical text (UX.md「Numbers」): the yearbook's precision,
 * thousands separators for large values, 增长/下降 for rates, 提高/降低…个百分点 for shares, and
 * never "+-".
 */
import { assertNever } from './exhaustive';

/**
 * One formatter per decimals count, cached: building an Intl.NumberFormat costs far more than using
 * one. Rounding is half away from zero (halfExpand), as Excel and Word fields round, so 1.15 shows
 * 1.2 on screen, in the docx and in the xlsx alike (decision 0040). `useGrouping: 'min2'` puts
 * thousands separators only from five whole digits on (33,632 but 1200), the yearbook's habit;
 * `signDisplay: 'negative'` drops the sign of negative zero and of values that round to zero.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${minDecimals}-${maxDecimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
      roundingMode: 'halfExpand',
      useGrouping: 'min2',
      signDisplay: 'negative',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Number of decimals in the shortest written form of a value (957.14 → 2, 1200 → 0), at most 6. */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return 0;
  const text = String(Math.abs(value));
  if (text.includes('e')) return 6;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
}

/**
 * Formats a number with a fixed number of decimals (0–20), half away from zero, with thousands
 * separators for large values. The value is first written with 15 significant digits — all a double
 * holds reliably — so a binary float just under a half (2.675 is stored as 2.67499999…) still rounds
 * the way its decimal reads: 2.68, as Excel shows it. Negative zero and values that round to zero
 * are shown without a sign.
 */
export function formatNumber(value: number, decimals: number): string {
  const digits = clampDecimals(decimals);
  return formatWith(value, digits, digits);
}

/**
 * Like formatNumber but drops trailing zeros: at most `maxDecimals` decimals (7.25 → 7.3, 7.0 → 7),
 * for figures quoted in a sentence where 「7.0%」 would look odd.
 */
export function formatUpTo(value: number, maxDecimals: number): string {
  return formatWith(value, 0, clampDecimals(maxDecimals));
}

function clampDecimals(decimals: number): number {
  return Math.min(20, Math.max(0, Math.trunc(decimals)));
}

function formatWith(value: number, minDecimals: number, maxDecimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const fast = roundClearOfHalf(value, minDecimals, maxDecimals);
  if (fast !== null) return fast;
  const text = value.toPrecision(15);
  return (
    roundDecimalText(text, minDecimals, maxDecimals) ??
    formatterFor(minDecimals, maxDecimals).format(text as `${number}`)
  );
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/**
 * The common case without any text: a value that is not within 0.001 of a half at the last kept
 * decimal rounds the same way whatever its 15-digit text says (below 1e11 scaled, the text and the
 * product differ by far less). Null near a half, for large values or many decimals.
 */
function roundClearOfHalf(value: number, minDecimals: number, maxDecimals: number): string | null {
  const scale = POWERS_OF_TEN[maxDecimals];
  if (scale === undefined) return null;
  const scaled = Math.abs(value) * scale;
  if (!(scaled < 1e11)) return null;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  if (Math.abs(fraction - 0.5) < 1e-3) return null;
  const rounded = fraction > 0.5 ? floor + 1 : floor;
  const digits = String(rounded).padStart(maxDecimals + 1, '0');
  return layOut(digits, maxDecimals, minDecimals, value < 0 && rounded !== 0);
}

/** Digits with `maxDecimals` implied decimals, trailing zeros cut to `minDecimals`, grouped. */
function layOut(digits: string, maxDecimals: number, minDecimals: number, negative: boolean) {
  const whole = digits.slice(0, digits.length - maxDecimals);
  let end = digits.length;
  while (end > whole.length + minDecimals && digits.charCodeAt(end - 1) === 48 /* '0' */) end--;
  const decimals = digits.slice(whole.length, end);
  const grouped = whole.length >= 5 ? groupThousands(whole) : whole;
  const body = decimals ? `${grouped}.${decimals}` : grouped;
  return negative ? `-${body}` : body;
}

/**
 * The formatter's rounding done on the decimal text itself, for plain (non-exponent) texts: the
 * same digits as Intl (half away from zero, grouping from five whole digits, no sign on zero) at a
 * fraction of the cost — evaluating 10,000 indicators formats ~100,000 numbers (issue 12's 100 ms).
 * Null for exponent forms, which Intl handles.
 */
function roundDecimalText(text: string, minDecimals: number, maxDecimals: number): string | null {
  if (text.includes('e')) return null;
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  let digits = whole + fraction.slice(0, maxDecimals).padEnd(maxDecimals, '0');
  if ((fraction.charCodeAt(maxDecimals) || 0) >= 53 /* '5' */) digits = incrementDigits(digits);
  const wholeDigits = digits.slice(0, digits.length - maxDecimals).replace(/^0+(?=\d)/, '') || '0';
  let decimals = digits.slice(digits.length - maxDecimals);
  while (decimals.length > minDecimals && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  const grouped = wholeDigits.length >= 5 ? groupThousands(wholeDigits) : wholeDigits;
  const body = decimals ? `${grouped}.${decimals}` : grouped;
  return negative && /[1-9]/.test(digits) ? `-${body}` : body;
}

/** Adds one to a string of decimal digits ("0999" → "1000", "99" → "100"). */
function incrementDigits(digits: string): string {
  let index = digits.length - 1;
  while (index >= 0 && digits[index] === '9') index--;
  if (index < 0) return `1${'0'.repeat(digits.length)}`;
  const next = String.fromCharCode(digits.charCodeAt(index) + 1);
  return `${digits.slice(0, index)}${next}${'0'.repeat(digits.length - index - 1)}`;
}

/** 1234567 → 1,234,567. */
function groupThousands(whole: string): string {
  const head = whole.length % 3 || 3;
  let grouped = whole.slice(0, head);
  for (let at = head; at < whole.length; at += 3) grouped += `,${whole.slice(at, at + 3)}`;
  return grouped;
}

/** Formats a value exactly as a plan or a user wrote it (shortest form), with separators. */
export function formatAsWritten(value: number): string {
  return formatNumber(value, decimalsOf(value));
}

/** Formats a ratio (1.006 → 100.6%) with one decimal by default. */
export function formatRatioPercent(ratio: number, decimals = 1): string {
  return `${formatNumber(ratio * 100, decimals)}%`;
}

/** Formats a rate in per cent (7.4 → 7.4%), one decimal by default. */
export function formatPercent(value: number, decimals = 1): string {
  return `${formatNumber(value, decimals)}%`;
}

/** How a change is worded: a growth rate in %, percentage points, or an amount in a unit. */
export type ChangeStyle =
  | { readonly kind: 'growth'; readonly decimals?: number }
  | { readonly kind: 'points'; readonly decimals?: number }
  | { readonly kind: 'amount'; readonly unit: string; readonly decimals: number }
  /** A ratio of two amounts (城乡收入比): 提高0.05 / 下降0.05, no unit (issue 12, item 10). */
  | { readonly kind: 'ratio'; readonly decimals: number };

/**
 * Words a signed change the Chinese way: 增长7.4%, 下降2.7%, 提高0.6个百分点, 降低0.3个百分点,
 * 增加2.2件, 减少0.05 (an amount), 下降0.05 (a ratio). Zero after rounding reads 持平.
 */
export function formatChange(delta: number, style: ChangeStyle): string {
  const decimals = style.decimals ?? 1;
  const magnitude = formatNumber(Math.abs(delta), decimals);
  // 持平 is decided on the shown digits, so a change never reads 增长0.0% nor 持平 where 0.1 shows.
  if (/^[0.]*$/.test(magnitude)) return '持平';
  const isUp = delta > 0;
  switch (style.kind) {
    case 'growth':
      return `${isUp ? '增长' : '下降'}${magnitude}%`;
    case 'points':
      return `${isUp ? '提高' : '降低'}${magnitude}个百分点`;
    case 'amount':
      return `${isUp ? '增加' : '减少'}${magnitude}${style.unit}`;
    case 'ratio':
      return `${isUp ? '提高' : '下降'}${magnitude}`;
    default:
      return assertNever(style);
  }
}

/** A year as 2022年. */
export function formatYear(year: number): string {
  return `${year}年`;
}

/** A period as 2021—2025年 (UX.md), or a single year as 2025年 when both ends are equal. */
export function formatPeriod(from: number, to: number): string {
  return from === to ? formatYear(from) : `${from}—${to}年`;
}
