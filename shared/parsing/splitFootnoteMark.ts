import { normaliseCellText } from './normaliseCellText';

/** A cell with its footnote mark removed. */
export type FootnotedCell = { readonly text: string; readonly hasFootnote: boolean };

/**
 * Strips a trailing `*` footnote mark (`68.05*`: 带*的为 2019 年数据, source-doc 000 line 1015).
 * In 000's layout the `*` sits on the next line; the importers join it back before calling this.
 */
export function splitFootnoteMark(text: string): FootnotedCell {
  const cleaned = normaliseCellText(text);
  const match = /^(.*?)\s*[*＊]+$/.exec(cleaned);
  return match
    ? { text: (match[1] ?? '').trim(), hasFootnote: true }
    : { text: cleaned, hasFootnote: false };
}
