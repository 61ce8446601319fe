/**
 * The CSV writer matching `parseCsv`: RFC 4180 quoting, CRLF line ends and a UTF-8 BOM so that
 * Excel and WPS open Chinese text correctly. Every text is neutralised against formula injection
 * (docs/decisions/0013); numbers are written as numbers, so a negative value stays numeric.
 */
import { neutralizeFormula } from './neutralizeFormula';

/** One CSV cell: a text, a number, or nothing. */
export type CsvValue = string | number | null;

/** Characters that force quoting; leading or trailing spaces too, since readers trim cells. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Formats one cell. Throws on NaN or an infinite number (a programmer error: no such values exist). */
export function formatCsvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`CSV 中不能写入非有限数值：${value}`);
    return String(value);
  }
  const text = neutralizeFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats rows as CSV text with a BOM and CRLF after every row. */
export function formatCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(formatCsvField).join(',')}\r\n`).join('')}`;
}
