import { cellLineText, type NumberedLine } from './rawTable';

/** A text table cut into rows at its blank lines, with the source line of every row. */
export type BlankLineRows = {
  readonly rows: readonly (readonly string[])[];
  readonly lines: readonly number[];
};

type Block = readonly NumberedLine[];

const MIN_ROW_BLOCKS = 3;
const MIN_ROW_CELLS = 3;
const SAME_WIDTH_SHARE = 0.8;
const PIPE_MARK = /^\s*\||\|\s*$/;
const PDF_ROW = /\S\s+(预期性|约束性)\s*\|?$/;

/**
 * One cell per line with a blank line between rows (issue 11: a table copied cell by cell, often
 * with a trailing `|` on every cell and a bare `|` for an empty cell): each run of lines between
 * blank lines is a row, its lines the cells. Trusted only when most runs of three or more lines
 * have the same number of cells — one cell per line without `|` cannot show an empty cell, whose
 * blank line then splits a row, and such text is left to the header-width reader. A run of one
 * line (the title, a note) stays a row of one cell.
 */
export function blankLineRows(lines: readonly NumberedLine[]): BlankLineRows | null {
  const blocks = splitAtBlankLines(lines);
  const tableBlocks = blocks.filter((block) => block.length >= MIN_ROW_CELLS);
  if (tableBlocks.length < MIN_ROW_BLOCKS) return null;
  if (tableBlocks.some((block) => block.some((line) => PDF_ROW.test(line.text)))) return null;
  const width = modalLength(tableBlocks);
  const sameWidth = tableBlocks.filter((block) => block.length === width).length;
  if (sameWidth < tableBlocks.length * SAME_WIDTH_SHARE) return null;
  return {
    rows: blocks.map((block) => block.map((line) => cellLineText(line.text))),
    lines: blocks.map((block) => block[0]?.line ?? 0),
  };
}

/**
 * Runs of lines between blank lines. When most cells carry a `|`, a line without one (the title
 * or a note written right above or below the table) is a row of its own.
 */
function splitAtBlankLines(lines: readonly NumberedLine[]): Block[] {
  const filled = lines.filter((line) => line.text.trim() !== '');
  const marked = filled.filter((line) => PIPE_MARK.test(line.text)).length;
  const isMarked = marked * 2 > filled.length;
  const blocks: NumberedLine[][] = [];
  let current: NumberedLine[] = [];
  for (const line of lines) {
    const alone = isMarked && !PIPE_MARK.test(line.text);
    if (line.text.trim() === '' || alone) {
      if (current.length > 0) blocks.push(current);
      current = [];
      if (alone && line.text.trim() !== '') blocks.push([line]);
    } else current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function modalLength(blocks: readonly Block[]): number {
  const counts = new Map<number, number>();
  for (const block of blocks) counts.set(block.length, (counts.get(block.length) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}
