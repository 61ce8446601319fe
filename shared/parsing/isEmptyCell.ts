import { normaliseCellText } from './normaliseCellText';

// 000 writes `--`, 001 `——`, 002 `-`, `—` and `---`; a blank cell means the same.
const EMPTY_MARKERS = new Set(['', '-', '--', '---', '—', '——', '–', '/', '－', '无']);

/**
 * True when the cell says "no value": blank, `-`, `--`, `---`, `—`, `——`.
 * DOMAIN.md「The main indicator table」: `--` or blank = none.
 */
export function isEmptyCell(text: string): boolean {
  return EMPTY_MARKERS.has(normaliseCellText(text));
}
