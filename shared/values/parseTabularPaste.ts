/**
 * Splits a block copied from Excel or WPS (text/plain on the clipboard) into rows of cells.
 * Excel writes cells separated by tabs and rows by CRLF, with one trailing line break; a cell
 * holding a tab, a line break or a quote is wrapped in double quotes, inner quotes doubled.
 */
export function parseTabularPaste(text: string): string[][] {
  if (text === '') return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let index = 0;
  for (;;) {
    const cell = readCell(text, index);
    row.push(cell.text);
    index = cell.end;
    if (index >= text.length) break;
    if (text[index] === '\t') {
      index += 1;
      continue;
    }
    index += text.startsWith('\r\n', index) ? 2 : 1;
    rows.push(row);
    row = [];
    if (index >= text.length) break;
  }
  if (row.length > 0) rows.push(row);
  return padRows(rows);
}

type Cell = { readonly text: string; readonly end: number };

/** Reads one cell starting at `start`; `end` is the index of the separator after it (or the end). */
function readCell(text: string, start: number): Cell {
  if (text[start] === '"') {
    const quoted = readQuotedCell(text, start);
    if (quoted) return quoted;
  }
  let end = start;
  while (end < text.length && !isSeparator(text, end)) end += 1;
  return { text: text.slice(start, end), end };
}

/**
 * A quoted cell as Excel writes it. Returns null when the closing quote is not followed by a
 * separator: then the quote was part of the text (`"约"5`), read literally.
 */
function readQuotedCell(text: string, start: number): Cell | null {
  let value = '';
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char !== '"') {
      value += char;
      index += 1;
      continue;
    }
    if (text[index + 1] === '"') {
      value += '"';
      index += 2;
      continue;
    }
    const end = index + 1;
    return end >= text.length || isSeparator(text, end) ? { text: value, end } : null;
  }
  return null;
}

function isSeparator(text: string, index: number): boolean {
  const char = text[index];
  return char === '\t' || char === '\n' || char === '\r';
}

/** Pads short rows with empty cells so the block is rectangular. */
function padRows(rows: string[][]): string[][] {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) =>
    row.length < width ? [...row, ...Array<string>(width - row.length).fill('')] : row,
  );
}
