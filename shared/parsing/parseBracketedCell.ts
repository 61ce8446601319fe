import type { NumberRange } from '../domain/target';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { normaliseCellText } from './normaliseCellText';
import { parseQualifiedNumber } from './parseQualifiedNumber';

/** A bracketed cumulative cell: `[2.2]`, `[18-22]`, `[-0.05]`, `[3 左右]`, `下降 [9.76]`, `[ ]`. */
export type BracketedCell = {
  /** The five-year change, or null for an empty `[ ]` (the value is missing). */
  readonly range: NumberRange | null;
  /** A word written before the bracket (`下降`, `提高`, `减少`), or empty. */
  readonly prefix: string;
};

const BRACKET = /^(下降|减少|降低|提高|增加|上升)?\s*\[(.*)\]$/;
const RANGE = /^([+-]?\d+(?:\.\d+)?)\s*[-~至]\s*(\d+(?:\.\d+)?)$/;

/** True when the cell is written in square brackets (cumulative change or period average). */
export function isBracketedCell(text: string): boolean {
  return BRACKET.test(normaliseCellText(text));
}

/**
 * Parses a bracketed cell. DOMAIN.md: `[ ]` marks a five-year cumulative change (or, in the base
 * column, a previous-period average). `[18-22]` is a range; `[3 左右]` and `[20以上]` keep their
 * qualifier; `[ ]` (001's empty brackets) is a bracket without a value.
 */
export function parseBracketedCell(text: string): Result<BracketedCell> {
  const match = BRACKET.exec(normaliseCellText(text));
  if (!match) return fail('不是方括号数值（如“[2.2]”“[18-22]”）', { cellText: text });
  const prefix = match[1] ?? '';
  const inner = (match[2] ?? '').trim();
  if (inner === '') return ok({ range: null, prefix });
  const range = RANGE.exec(inner.replace(/\s+/g, ''));
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    return ok({
      range: { min: Math.min(min, max), max: Math.max(min, max), qualifier: 'exact' },
      prefix,
    });
  }
  const single = parseQualifiedNumber(inner);
  if (!single.ok) return fail('方括号内不是数字或数字区间', { cellText: text });
  const { value, qualifier } = single.value;
  return ok({ range: { min: value, max: value, qualifier }, prefix });
}
