import type { QualifiedNumber, Qualifier } from '../domain/target';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { normaliseCellText } from './normaliseCellText';
import { parseNumberCell } from './parseNumberCell';

// DOMAIN.md「What kinds of target there are」: 左右 is a tolerance; 以内/< a ceiling; 以上/> a floor.
const PREFIXES: readonly (readonly [string, Qualifier])[] = [
  ['不低于', 'atLeast'],
  ['不少于', 'atLeast'],
  ['不高于', 'atMost'],
  ['不超过', 'atMost'],
  ['控制在', 'atMost'],
  ['<=', 'atMost'],
  ['>=', 'atLeast'],
  ['≤', 'atMost'],
  ['≥', 'atLeast'],
  ['<', 'lessThan'],
  ['>', 'greaterThan'],
  ['约', 'about'],
];

const SUFFIXES: readonly (readonly [string, Qualifier])[] = [
  ['左右', 'about'],
  ['以内', 'atMost'],
  ['以下', 'atMost'],
  ['以上', 'atLeast'],
];

/**
 * Parses a number with its qualifier: `7 左右`, `4.5 以内`, `96 以上`, `不低于 90`, `<5.5`,
 * `>6.5`, `≤5`, `≥3`, or a plain `1200` (qualifier `exact`). `控制在5.5左右` is `about`.
 */
export function parseQualifiedNumber(text: string): Result<QualifiedNumber> {
  let rest = normaliseCellText(text).replace(/\s+/g, '');
  let qualifier: Qualifier = 'exact';
  for (const [prefix, value] of PREFIXES) {
    if (rest.startsWith(prefix)) {
      rest = rest.slice(prefix.length);
      qualifier = value;
      break;
    }
  }
  for (const [suffix, value] of SUFFIXES) {
    if (rest.endsWith(suffix)) {
      rest = rest.slice(0, -suffix.length);
      qualifier = value;
      break;
    }
  }
  const number = parseNumberCell(rest);
  if (!number.ok) return fail('不是数字（可带“左右”“以内”“以上”等限定词）', { cellText: text });
  return ok({ value: number.value, qualifier });
}
