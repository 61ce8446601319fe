import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';

/** What a value cell should become: a number, or cleared (the user emptied the cell). */
export type ValueInput =
  { readonly kind: 'number'; readonly value: number } | { readonly kind: 'clear' };

// Full-width forms users type with a Chinese IME, and the minus signs pasted from Word/WPS.
const CHAR_MAP: Readonly<Record<string, string>> = {
  '\u2212': '-', // − MINUS SIGN
  '\uff0d': '-', // － FULLWIDTH HYPHEN-MINUS
  '\u2013': '-', // – EN DASH, Word's "minus"
  '\uff0b': '+',
  '\uff0c': ',', // ，
  '\uff0e': '.', // ．
  '\u3002': '.', // 。 typed for a decimal point with the Chinese IME
  '\uff05': '%', // ％
  '\u3000': ' ',
  '\u00a0': ' ',
};

// Digits with thousands separators in groups of three only, decimals, and an exponent as Excel
// writes a number shown in scientific format into a CSV or onto the clipboard (1.5E+03).
const NUMBER_BODY = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Parses what a user typed or pasted into a value cell (issue 5「Validation」): full-width digits
 * and punctuation, thousands separators (`1,234.5`, `1，234.5`), a trailing `%`, surrounding spaces
 * an exponent (`1.5E+03`) and `−`/`－` minus signs are understood; an empty cell means「clear」. Anything else (text, two
 * numbers, `1.2.3`) is a Chinese error naming the cell text.
 */
export function parseValueInput(text: string): Result<ValueInput> {
  const normalised = normaliseValueText(text);
  if (normalised === '') return ok({ kind: 'clear' });
  const body = normalised.endsWith('%') ? normalised.slice(0, -1).trimEnd() : normalised;
  const compact = body.replace(/^([+-])\s+/, '$1');
  const mantissa = compact.split(/[eE]/)[0] ?? '';
  if (!NUMBER_BODY.test(compact) || !/\d/.test(mantissa)) return notANumber(text);
  const value = Number(compact.replace(/,/g, ''));
  if (!Number.isFinite(value)) {
    return fail(`「${shorten(text)}」超出可填写的数值范围`, { cellText: text });
  }
  return ok({ kind: 'number', value: Object.is(value, -0) ? 0 : value });
}

/** Full-width → half-width and trimmed, with every kind of minus sign made `-`. */
function normaliseValueText(text: string): string {
  let out = '';
  for (const char of text) {
    const mapped = CHAR_MAP[char];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const code = char.codePointAt(0) ?? 0;
    out += code >= 0xff10 && code <= 0xff19 ? String.fromCodePoint(code - 0xfee0) : char;
  }
  return out.trim();
}

function notANumber(text: string): Result<never> {
  return fail(`「${shorten(text)}」不是数值：请只填写数字，可带千分位逗号或百分号`, {
    cellText: text,
  });
}

/** Keeps messages readable when a whole paragraph was pasted into one cell. */
function shorten(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 30 ? `${trimmed.slice(0, 30)}…` : trimmed;
}
