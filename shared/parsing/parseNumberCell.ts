import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { normaliseCellText } from './normaliseCellText';

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/**
 * Parses a plain number cell (`957.14`, `-0.05`, `1,200`, `2.37%`). A trailing `%` is dropped
 * because the unit lives in the indicator name. Anything else is a located Chinese error.
 */
export function parseNumberCell(text: string): Result<number> {
  const cleaned = normaliseCellText(text)
    .replace(/(?<=\d),(?=\d{3}\b)/g, '')
    .replace(/\s+/g, '');
  const body = cleaned.endsWith('%') ? cleaned.slice(0, -1) : cleaned;
  if (!PLAIN_NUMBER.test(body)) {
    return fail('不是数字', { cellText: text });
  }
  const value = Number(body);
  if (!Number.isFinite(value)) return fail('数字超出范围', { cellText: text });
  return ok(value);
}
