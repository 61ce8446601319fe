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
      if (quoted.text === '\n') line += 1;
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
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

/** One step inside a quoted field: a doubled quote, the closing quote, or a character. */
function readQuoted(source: string, i: number): { text: string; closes: boolean; skip: number } {
  const char = source[i] ?? '';
  if (char !== '"') return { text: char, closes: false, skip: 0 };
  if (source[i + 1] === '"') return { text: '"', closes: false, skip: 1 };
  return { text: '', closes: true, skip: 0 };
}
