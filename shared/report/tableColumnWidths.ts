/**
 * Column widths of the 附表 in Word, estimated from the texts (Word lays a fixed table out by
 * the widths it is given): short columns (progress, verdict, attribute) never wrap, plan texts and
 * values wrap when they must, and the indicator name takes the rest.
 */
import type { ReportTable, ReportTableColumn } from './reportDocument';

/** Twips of one CJK character at 五号 (10.5 pt); digits and Latin letters take about 0.62 of it. */
export const CHAR_TWIPS = 10.5 * 20;
/** Cell margins (left and right) plus some slack for wider substitute fonts. */
export const PADDING_TWIPS = 200;
/** No column but the name is made wider than five characters (需人工研判): long texts wrap. */
const MAX_COLUMN_TWIPS = 5 * CHAR_TWIPS + PADDING_TWIPS;
/** Plan texts and values may be squeezed to three characters and wrap. */
const MIN_FLEXIBLE_TWIPS = 3 * CHAR_TWIPS + PADDING_TWIPS;
/** The indicator name takes what the other columns leave, but never less than eight characters. */
const MIN_NAME_TWIPS = 8 * CHAR_TWIPS + PADDING_TWIPS;

/** Printed width of a text in twips at 五号. */
export function textTwips(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2e80 ? 0.62 : 1;
  return Math.ceil(width * CHAR_TWIPS);
}

/**
 * The widest run a line cannot break inside: digits, signs and Latin letters (「12,345.67」,
 * 「[7.66]」) up to a colon; Word breaks between CJK characters but not inside such a run (issue 14: numbers never
 * wrap inside a digit run).
 */
export function unbreakableTwips(text: string): number {
  let widest = 0;
  // A structure (7.1:43.1:49.8) may break after each colon.
  for (const run of text.split(/[\s:\u2e80-\uffff]+/)) widest = Math.max(widest, textTwips(run));
  return widest;
}

/** Columns whose texts may wrap: the plan's cells and the actual values. */
function isFlexible(column: ReportTableColumn): boolean {
  return ['base', 'target', 'growth'].includes(column.key) || column.key.startsWith('actual:');
}

/** As wide as the widest cell (headers of over four characters wrap once), at most five. */
function naturalWidth(table: ReportTable, index: number): number {
  const column = table.columns[index];
  const cells = table.rows.map((row) => textTwips(row.cells[index]?.text ?? ''));
  const label = textTwips(column?.label ?? '');
  const header = label <= 4 * CHAR_TWIPS ? label : Math.ceil(label / 2);
  return Math.min(MAX_COLUMN_TWIPS, Math.max(header, ...cells) + PADDING_TWIPS);
}

/**
 * Widths in twips summing to `totalTwips`. When the columns do not fit beside an eight-character
 * name, the flexible columns give way (down to three characters) before anything else.
 */
export function columnWidths(table: ReportTable, totalTwips: number): number[] {
  const nameIndex = table.columns.findIndex((column) => column.key === 'name');
  // A flexible column gives way down to three characters, never below its longest number.
  const floors = table.columns.map((_, index) =>
    Math.max(
      MIN_FLEXIBLE_TWIPS,
      ...table.rows.map((row) => unbreakableTwips(row.cells[index]?.text ?? '') + PADDING_TWIPS),
    ),
  );
  const natural = table.columns.map((_, index) => naturalWidth(table, index));
  const flexible = table.columns.map(isFlexible);
  const sumWhere = (test: (index: number) => boolean) =>
    natural.reduce((sum, width, index) => (test(index) ? sum + width : sum), 0);
  const fixed = sumWhere((index) => index !== nameIndex && !flexible[index]);
  const flexibleSum = sumWhere((index) => flexible[index] === true);
  const room = totalTwips - fixed - (nameIndex < 0 ? 0 : MIN_NAME_TWIPS);
  const scale = flexibleSum <= room ? 1 : Math.max(0, room) / flexibleSum;
  const widths = natural.map((width, index) => {
    if (index === nameIndex) return 0;
    return flexible[index] ? Math.max(floors[index] ?? 0, Math.floor(width * scale)) : width;
  });
  // The name (or, without one, the last column) takes what is left, rounding included.
  const receiver = nameIndex < 0 ? widths.length - 1 : nameIndex;
  widths[receiver] = (widths[receiver] ?? 0) + totalTwips - widths.reduce((a, b) => a + b, 0);
  return widths;
}
