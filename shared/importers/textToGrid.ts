import { cellLineText, type NumberedLine } from './rawTable';
import { blankLineRows } from './blankLineRows';
import { cellPerLineGrid } from './cellPerLineGrid';
import { roleOfHeader } from './classifyColumns';
import { isHeaderLine } from './tableHeader';

/** A text table cut into cells, with the source line of every row. */
export type TextGrid = {
  readonly layout: 'tabs' | 'pipes' | 'cellPerLine';
  readonly rows: readonly (readonly string[])[];
  readonly lines: readonly number[];
  /**
   * Every cell stands in its column, empty ones included (one cell per line cut by position):
   * read as cut, not by the source-document readers, which cannot see an empty cell.
   */
  readonly exact?: boolean;
};

const PIPE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const ATTRIBUTE = /^(预期性|约束性)$/;

/**
 * Cuts a table's text into a grid when its cells are delimited (issue 11): tab-separated lines
 * (Excel, WPS, the app's own export), pipe tables (markdown `| a | b |`, a bare `|` for an empty
 * cell), or one cell per line under a header written one cell per line (with or without a
 * trailing `|`, blank lines between cells). Returns null for text whose cells are not delimited
 * (PDF text with spaces), which the layout readers handle.
 */
export function textToGrid(lines: readonly NumberedLine[]): TextGrid | null {
  const filled = lines.filter((line) => line.text.trim() !== '');
  if (filled.length < 2) return null;
  const tabbed = filled.filter((line) => line.text.split('\t').length >= 3).length;
  if (tabbed >= 2 && tabbed * 2 >= filled.length) return splitLines(filled, 'tabs');
  const piped = filled.filter((line) => isPipeRow(line.text)).length;
  if (piped >= 2 && piped * 2 >= filled.length) return splitLines(filled, 'pipes');
  const byPosition = cellPerLineGrid(lines);
  if (byPosition) return { layout: 'cellPerLine', ...byPosition, exact: true };
  const byBlankLines = blankLineRows(lines);
  if (byBlankLines) return { layout: 'cellPerLine', ...byBlankLines };
  return cellPerLine(lines);
}

function isPipeRow(text: string): boolean {
  return text.split('|').length >= 4 && !PIPE_RULE.test(text);
}

function splitLines(lines: readonly NumberedLine[], layout: 'tabs' | 'pipes'): TextGrid {
  const rows: string[][] = [];
  const numbers: number[] = [];
  for (const line of lines) {
    if (layout === 'pipes' && PIPE_RULE.test(line.text)) continue;
    rows.push(
      layout === 'tabs' ? line.text.split('\t').map((cell) => cell.trim()) : pipeCells(line.text),
    );
    numbers.push(line.line);
  }
  return { layout, rows, lines: numbers };
}

/** `| a | b |` → [a, b]; `a | | c` → [a, '', c]. */
function pipeCells(text: string): string[] {
  if (!text.includes('|')) return [text.trim()];
  const cells = text.split('|').map((cell) => cell.trim());
  if (/^\s*\|/.test(text)) cells.shift();
  if (/\|\s*$/.test(text)) cells.pop();
  return cells;
}

/**
 * One cell per line: the header is a run of lines that are each a header cell (3 or more); the
 * body is cut into rows of the header's width, a row also ending at its 属性 when that is the last
 * column (so a merged 类别 written once per group leaves the next rows one cell short, and they
 * are aligned to the right). Lines before the header stay rows of one cell (the title).
 */
function cellPerLine(lines: readonly NumberedLine[]): TextGrid | null {
  const cells = cellTexts(lines);
  const start = cells.findIndex((cell, index) =>
    isHeaderRun(cells.slice(index, index + 3).map((c) => c.text)),
  );
  if (start < 0) return null;
  let end = start;
  while (end < cells.length && isHeaderCell(cells[end]?.text ?? '')) end += 1;
  const header = cells.slice(start, end);
  const headerTexts = header.map((cell) => cell.text);
  const body = cutBody(cells.slice(end), headerTexts);
  const rows: string[][] = [
    ...cells.slice(0, start).map((cell) => [cell.text]),
    headerTexts,
    ...body.rows,
  ];
  const numbers = [
    ...cells.slice(0, start).map((cell) => cell.line),
    header[0]?.line ?? 1,
    ...body.lines,
  ];
  if (!isAligned(rows.slice(start + 1), headerTexts, cells.slice(end))) return null;
  return { layout: 'cellPerLine', rows, lines: numbers };
}

type Cell = { readonly line: number; readonly text: string };

/** The non-blank lines as cell texts, without a leading or trailing `|`. */
function cellTexts(lines: readonly NumberedLine[]): Cell[] {
  return lines
    .map((line) => ({ line: line.line, text: line.text.trim() }))
    .filter((cell) => cell.text !== '')
    .map((cell) => ({ line: cell.line, text: cellLineText(cell.text) }));
}

/**
 * The cells under a header written one cell per line, cut into rows of the header's width (a row
 * also ends at its 属性 when that is the last column; a short row is then aligned to the right);
 * a 注：/备注： line is a row of its own.
 */
function cutBody(
  cells: readonly Cell[],
  header: readonly string[],
): { rows: string[][]; lines: number[] } {
  const width = header.length;
  const attributeLast = roleOfHeader(header.at(-1) ?? '') === 'attribute';
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: Cell[] = [];
  const flush = () => {
    if (row.length === 0) return;
    const texts = row.map((cell) => cell.text);
    rows.push(attributeLast && texts.length < width ? alignShortRow(texts, header) : texts);
    lines.push(row[0]?.line ?? 0);
    row = [];
  };
  for (const cell of cells) {
    if (/^(注|备注)\s*[:：]/.test(cell.text)) {
      flush();
      rows.push([cell.text]);
      lines.push(cell.line);
      continue;
    }
    row.push(cell);
    if (row.length === width || (attributeLast && ATTRIBUTE.test(cell.text))) flush();
  }
  flush();
  return { rows, lines };
}

const VALUE_CELL = /^[[\]()（）+\-—<>≤≥*]*\d|^(--|—|-|\/)$/;

/**
 * A row one or more cells short (a merged 类别 written once, empty cells not written): its leading
 * texts end at the name column, its values follow, its 属性 stays last.
 */
function alignShortRow(texts: readonly string[], header: readonly string[]): string[] {
  const nameAt = Math.max(
    0,
    header.findIndex((text) => roleOfHeader(text) === 'name'),
  );
  let prefix = 0;
  while (
    prefix < texts.length - 1 &&
    (!VALUE_CELL.test(texts[prefix] ?? '') ||
      (prefix === 0 && /^\d{1,3}$/.test(texts[0] ?? '') && nameAt > 0))
  )
    prefix += 1;
  const lead = Math.max(0, nameAt + 1 - prefix);
  const values = texts.slice(prefix, -1);
  const row = [...Array<string>(lead).fill(''), ...texts.slice(0, prefix), ...values];
  while (row.length < header.length - 1) row.push('');
  return [...row.slice(0, header.length - 1), texts.at(-1) ?? ''];
}

/**
 * The cut is trusted only when the body really is one cell per line (no line ends in a value and
 * its 属性, as PDF rows do) and the 属性 words fall in the 属性 column in most rows (a two-row
 * header or dropped empty cells shift them).
 */
function isAligned(
  rows: readonly (readonly string[])[],
  header: readonly string[],
  cells: readonly { text: string }[],
): boolean {
  if (cells.some((cell) => /\S\s+(预期性|约束性)$/.test(cell.text))) return false;
  const attributeAt = header.findIndex((text) => roleOfHeader(text) === 'attribute');
  const body = rows.filter((row) => row.length > 1);
  const withAttribute = body.filter((row) => row.some((cell) => ATTRIBUTE.test(cell))).length;
  if (attributeAt < 0) return withAttribute === 0 && body.length > 0;
  const placed = body.filter((row) => ATTRIBUTE.test(row[attributeAt] ?? '')).length;
  return body.length > 0 && placed >= body.length * 0.8;
}

function isHeaderCell(text: string): boolean {
  return text === ''
    ? false
    : roleOfHeader(text) !== null || (text.length <= 12 && isHeaderLine(text));
}

function isHeaderRun(texts: readonly string[]): boolean {
  if (texts.length < 3 || !texts.every(isHeaderCell)) return false;
  return texts.some((text) => roleOfHeader(text) !== null);
}
