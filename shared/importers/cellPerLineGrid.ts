import { roleOfHeader } from './classifyColumns';
import { cellLineText, type NumberedLine } from './rawTable';
import { isHeaderLine } from './tableHeader';
import { isNotesStart } from './tableNotes';

/** A table written one cell per line, cut by position: every cell in its column, empty ones too. */
export type CellPerLineGrid = {
  readonly rows: readonly (readonly string[])[];
  readonly lines: readonly number[];
};

type Shape = { readonly width: number; readonly step: number };

const MIN_ROWS = 3;
const MAX_WIDTH = 20;
/** One cell per line (step 1), or a blank line between cells (step 2). */
const STEPS = [2, 1] as const;

/**
 * One cell per line, rows separated by one blank line (issue 11: a table copied cell by cell). An
 * empty cell is an empty line, so blank lines alone cannot cut the rows; instead every row has
 * the header's number of cells, each on its own line (or with a blank line between cells), and
 * one blank line after it. The shape is tried for every width, and trusted only when every row
 * of the table fits it exactly: all separator lines blank and the last row ending the table. The
 * smallest fitting row wins (two rows also fit as one wider row). Lines above the header (the
 * title) and the notes stay rows of one cell.
 */
export function cellPerLineGrid(lines: readonly NumberedLine[]): CellPerLineGrid | null {
  const start = lines.findIndex((line) => isHeaderCell(line.text));
  if (start < 0) return null;
  const notesAt = lines.findIndex((line, index) => index > start && isNotesStart(line.text));
  const end = notesAt < 0 ? lines.length : notesAt;
  const table = trimTrailingBlanks(lines.slice(start, end));
  const shape = findShape(table);
  if (!shape) return null;
  const rows: string[][] = [];
  const numbers: number[] = [];
  for (const line of lines.slice(0, start)) {
    if (line.text.trim() === '') continue;
    rows.push([cellLineText(line.text)]);
    numbers.push(line.line);
  }
  const cut = cutRows(table, shape);
  rows.push(...cut.rows);
  numbers.push(...cut.lines);
  for (const line of lines.slice(end)) {
    if (line.text.trim() === '') continue;
    rows.push([cellLineText(line.text)]);
    numbers.push(line.line);
  }
  return { rows, lines: numbers };
}

function cutRows(table: readonly NumberedLine[], shape: Shape) {
  const rowLength = (shape.width - 1) * shape.step + 1;
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let at = 0; at < table.length; at += rowLength + 1) {
    const cells = table.slice(at, at + rowLength).filter((_, index) => index % shape.step === 0);
    const texts = cells.map((cell) => cellLineText(cell.text));
    while (texts.length < shape.width) texts.push('');
    rows.push(texts);
    lines.push(table[at]?.line ?? 0);
  }
  return { rows, lines };
}

/**
 * The smallest shape that fits (a blank line between cells tried first) and puts the 属性 words in one column, one in every row under the
 * header: with a blank line between cells as between rows, every width fits the blank lines.
 */
function findShape(table: readonly NumberedLine[]): Shape | null {
  // Step 2 first: with a blank line between cells, narrow step-1 rows also fit the blank lines.
  for (const step of STEPS) {
    for (let width = 3; width <= MAX_WIDTH; width += 1) {
      const shape = { width, step };
      if (fits(table, shape) && attributesAligned(cutRows(table, shape).rows)) return shape;
    }
  }
  return null;
}

const ATTRIBUTE = /^(预期性|约束性)$/;

function attributesAligned(rows: readonly (readonly string[])[]): boolean {
  const columns = rows.map((row) => row.flatMap((cell, at) => (ATTRIBUTE.test(cell) ? [at] : [])));
  const bodyStart = columns.findIndex((found) => found.length > 0);
  if (bodyStart < 0) return true;
  const first = columns[bodyStart]?.[0];
  // The rows above the first 属性 word are the header.
  return columns.slice(bodyStart).every((found) => found.length === 1 && found[0] === first);
}

/** Every row of the shape in place: separators (and, with step 2, the gaps between cells) blank. */
function fits(table: readonly NumberedLine[], shape: Shape): boolean {
  const rowLength = (shape.width - 1) * shape.step + 1;
  // The last row's trailing empty cells may have been trimmed with the blank lines after it.
  const rowCount = Math.ceil((table.length + 1) / (rowLength + 1));
  if (rowCount * (rowLength + 1) - (table.length + 1) >= rowLength) return false;
  if (rowCount < MIN_ROWS) return false;
  let filled = 0;
  for (let index = 0; index < table.length; index += 1) {
    const offset = index % (rowLength + 1);
    const isCell = offset < rowLength && offset % shape.step === 0;
    const blank = (table[index]?.text.trim() ?? '') === '';
    if (!isCell && !blank) return false;
    if (isCell && !blank) filled += 1;
  }
  // Mostly filled cells: a sparse fit is a coincidence of blank lines, not a table.
  const cells = rowCount * shape.width;
  return filled >= cells * 0.6;
}

function trimTrailingBlanks(lines: readonly NumberedLine[]): readonly NumberedLine[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1]?.text.trim() ?? '') === '') end -= 1;
  return lines.slice(0, end);
}

function isHeaderCell(text: string): boolean {
  const cell = cellLineText(text);
  return cell !== '' && roleOfHeader(cell) !== null && isHeaderLine(cell);
}
