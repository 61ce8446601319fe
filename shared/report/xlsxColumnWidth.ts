/**
 * Column widths of the report workbook that fit Chinese text (UX.md「Documents」: widths that fit
 * Chinese text): wide enough for the longest cell, within bounds per kind of column so that a long
 * indicator name wraps instead of pushing the table off the printed page.
 */
import { displayWidth } from './xlsxSheetStyle';

/** Narrowest and widest width (Excel character units) per column key; others use the default. */
const BOUNDS: Readonly<Record<string, readonly [number, number]>> = {
  // 综合质效 wraps to 综合 / 质效, the way the source tables set their category column.
  category: [4.5, 4.5],
  categoryPlain: [8, 10],
  name: [16, 28],
  // Beside long explanations the name may wrap, leaving them the width.
  nameNarrow: [12, 16],
  unit: [6, 10],
  verdict: [9, 12],
  attribute: [6.5, 6.5],
  explanation: [30, 36],
  rule: [20, 22],
  reason: [14, 16],
  need: [10, 12],
  missing: [10, 12],
  source: [12, 24],
  note: [12, 30],
};

const DEFAULT_BOUNDS: readonly [number, number] = [8, 14];

/**
 * The width of a column: its longest text plus padding (the header label may wrap onto two lines,
 * so it counts half), clamped to the bounds of its kind. Keys such as `actual:2021` use the
 * bounds of their prefix.
 */
export function columnWidth(key: string, label: string, texts: readonly string[]): number {
  const kind = key.split(':')[0] ?? key;
  const [minimum, maximum] = Object.hasOwn(BOUNDS, kind)
    ? (BOUNDS[kind] ?? DEFAULT_BOUNDS)
    : DEFAULT_BOUNDS;
  const longest = Math.max(Math.ceil(displayWidth(label) / 2), ...texts.map(displayWidth));
  return Math.min(maximum, Math.max(minimum, longest + 2));
}
