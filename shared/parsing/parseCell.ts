import type { NumberRange, QualifiedNumber } from '../domain/target';
import { isEmptyCell } from './isEmptyCell';
import { normaliseCellText } from './normaliseCellText';
import { parseBracketedCell } from './parseBracketedCell';
import { parseQualifiedNumber } from './parseQualifiedNumber';
import { parseStructure } from './parseStructure';
import { splitFootnoteMark } from './splitFootnoteMark';

/** What a plan cell holds, after normalisation. Every cell form of the source docs maps to one. */
export type ParsedCell =
  | { readonly type: 'empty'; readonly text: string }
  | {
      readonly type: 'number';
      readonly text: string;
      readonly number: QualifiedNumber;
      /** Marked `*` (data of another year). */
      readonly hasFootnote: boolean;
    }
  | {
      readonly type: 'bracket';
      readonly text: string;
      /** null for `[ ]`. */
      readonly range: NumberRange | null;
      readonly prefix: string;
    }
  | { readonly type: 'structure'; readonly text: string; readonly components: readonly number[] }
  | { readonly type: 'text'; readonly text: string };

/**
 * Classifies one cell: empty marker (`--`, `—`, blank), qualified number (`7 左右`, `68.05*`),
 * bracket (`[2.2]`, `下降 [9.76]`, `[ ]`), structure (`7.1:43.1:49.8`) or free text
 * (`确保数量不减，质量提升`, `按省下达`). Never throws.
 */
export function parseCell(raw: string): ParsedCell {
  const text = normaliseCellText(raw);
  if (isEmptyCell(text)) return { type: 'empty', text };
  const footnote = splitFootnoteMark(text);
  const body = footnote.text;
  if (isEmptyCell(body)) return { type: 'empty', text };
  const number = parseQualifiedNumber(body);
  if (number.ok) {
    return { type: 'number', text, number: number.value, hasFootnote: footnote.hasFootnote };
  }
  const bracket = parseBracketedCell(body);
  if (bracket.ok) {
    return { type: 'bracket', text, range: bracket.value.range, prefix: bracket.value.prefix };
  }
  const structure = parseStructure(body);
  if (structure.ok) return { type: 'structure', text, components: structure.value };
  return { type: 'text', text };
}
