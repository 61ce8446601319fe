/**
 * A table read from a document (Word, web page, PDF): its cells as strings, rows × columns, with
 * every merged cell expanded (each cell of a merged area holds the area's text, as SheetGrid
 * does for Excel), and the paragraphs around it, where a table's title, period and notes live.
 */
export type DocumentTableGrid = {
  /** 0-based position of the table in its document. */
  readonly index: number;
  readonly rows: readonly (readonly string[])[];
  /** Paragraphs before the table (back to the previous table), in document order. */
  readonly before: readonly string[];
  /** Paragraphs after the table (up to the next table), in document order. */
  readonly after: readonly string[];
};

/** One cell as a document writes it: its text and how many grid rows and columns it covers. */
export type SpanCell = {
  readonly text: string;
  readonly rowSpan: number;
  readonly columnSpan: number;
};

/** Largest table accepted: plan tables have tens of rows and about ten columns. */
export const MAX_TABLE_ROWS = 5000;
export const MAX_TABLE_COLUMNS = 200;

/**
 * Lays out rows of cells with rowspan/colspan (HTML) or gridSpan/vMerge (Word) on a grid, the way
 * a browser does: each cell takes the first free column of its row, and a cell spanning rows
 * reserves its columns below. Every covered grid cell gets the spanning cell's text. Spans are
 * clipped to MAX_TABLE_ROWS × MAX_TABLE_COLUMNS and to the table's own height.
 */
export function expandSpans(rows: readonly (readonly SpanCell[])[]): string[][] {
  const height = Math.min(rows.length, MAX_TABLE_ROWS);
  const grid: (string | undefined)[][] = Array.from({ length: height }, () => []);
  for (let row = 0; row < height; row += 1) {
    let column = 0;
    for (const cell of rows[row] ?? []) {
      const line = grid[row] as (string | undefined)[];
      while (line[column] !== undefined) column += 1;
      if (column >= MAX_TABLE_COLUMNS) break;
      const lastRow = Math.min(height, row + clampSpan(cell.rowSpan));
      const lastColumn = Math.min(MAX_TABLE_COLUMNS, column + clampSpan(cell.columnSpan));
      for (let r = row; r < lastRow; r += 1) {
        const target = grid[r] as (string | undefined)[];
        for (let c = column; c < lastColumn; c += 1) target[c] ??= cell.text;
      }
      column = lastColumn;
    }
  }
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? ''));
}

function clampSpan(span: number): number {
  return Number.isInteger(span) && span >= 1 ? Math.min(span, MAX_TABLE_COLUMNS) : 1;
}

/** Collapses runs of white space (line breaks inside a cell included) into one space, trimmed. */
export function cellText(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/**
 * Joins the lines of one cell (Word paragraphs, `<br>`-separated text, a PDF cell's wrapped
 * lines): with a space only between two Latin letters or digits (「PM2.5」+「浓度」 and
 * 「[0.57」+「]」 join without one, as a line wrapped inside a word or a Chinese phrase).
 */
export function joinCellLines(lines: readonly string[]): string {
  let joined = '';
  for (const raw of lines) {
    const line = cellText(raw);
    if (line === '') continue;
    if (joined === '') joined = line;
    else joined += (isWordCharacter(joined.at(-1)) && isWordCharacter(line[0]) ? ' ' : '') + line;
  }
  return joined;
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[A-Za-z0-9]/.test(character);
}
