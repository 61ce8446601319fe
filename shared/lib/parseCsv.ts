/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM. Records
 * keep the 1-based line they start on, so errors can say where (UX.md: errors say where).
 */

/** One CSV record with the line it starts on. */
export type CsvRecord = { readonly line: number; readonly cells: readonly string[] };

/** Splits CSV text into records; blank lines are skipped. An unclosed quote ends at the text's end. */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = (): void => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]?.trim() !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (inQuotes) {
      const quoted = readQuoted(source, i);
      cell += quoted.text;
      inQuotes = !quoted.closes;
      line += countLineFeeds(quoted.text);
      i += quoted.skip;
    } else if (char === '"' && cell.trim() === '') {
      cell = '';
      inQuotes = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      // A run of ordinary characters at once: one character at a time took 15 s on a 10 MB cell.
      const end = endOfPlainRun(source, i);
      cell += source.slice(i, end);
      i = end - 1;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

/**
 * One step inside a quoted field: the text up to the next quote, a doubled quote, or the closing
 * quote. `skip` is how many characters after `i` were consumed as well.
 */
function readQuoted(source: string, i: number): { text: string; closes: boolean; skip: number } {
  if (source[i] !== '"') {
    const quote = source.indexOf('"', i);
    const end = quote < 0 ? source.length : quote;
    return { text: source.slice(i, end), closes: false, skip: end - i - 1 };
  }
  if (source[i + 1] === '"') return { text: '"', closes: false, skip: 1 };
  return { text: '', closes: true, skip: 0 };
}

/** The index of the next comma, quote or line break at or after `start + 1` (or the end). */
function endOfPlainRun(source: string, start: number): number {
  let end = start + 1;
  while (end < source.length) {
    const code = source.charCodeAt(end);
    if (code === 0x2c || code === 0x22 || code === 0x0a || code === 0x0d) break;
    end += 1;
  }
  return end;
}

function countLineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}
