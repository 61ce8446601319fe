import * as XLSX from 'xlsx';

/**
 * Safe access to the sheets and cells of a workbook opened by `openWorkbook`. SheetJS keeps sheets
 * and cells as plain objects keyed by name or address, so every lookup here is by own property:
 * a sheet or cell can never be found through the object prototype.
 */

/** The sheet of that name, looked up as an own property only (never through the prototype). */
export function getSheet(workbook: XLSX.WorkBook, name: string): XLSX.WorkSheet | null {
  const sheets = workbook.Sheets as Record<string, XLSX.WorkSheet> | undefined;
  if (!sheets || !workbook.SheetNames.includes(name) || !Object.hasOwn(sheets, name)) return null;
  return sheets[name] ?? null;
}

/** The cell at 0-based row and column, or undefined. */
export function getCell(
  sheet: XLSX.WorkSheet,
  row: number,
  column: number,
): XLSX.CellObject | undefined {
  return cellAt(sheet, XLSX.utils.encode_cell({ r: row, c: column }));
}

/** The cell at an A1 address, or undefined. */
export function cellAt(sheet: XLSX.WorkSheet, address: string): XLSX.CellObject | undefined {
  return Object.hasOwn(sheet, address) ? (sheet[address] as XLSX.CellObject) : undefined;
}

/** Text of a cell as shown (formatted text, else the raw value), or '' for an empty cell. */
export function cellText(sheet: XLSX.WorkSheet, row: number, column: number): string {
  return textOf(getCell(sheet, row, column));
}

/** Text of a cell already looked up (cellText of its address). */
export function textOf(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (typeof cell.w === 'string') return cell.w;
  return String(cell.v);
}

/** The column letter of a 0-based column: 0 → A. */
export function columnLetter(column: number): string {
  return XLSX.utils.encode_col(column);
}

/** The used range of a sheet, or null when it is empty or unreadable. */
export function sheetRange(sheet: XLSX.WorkSheet): XLSX.Range | null {
  const ref = sheet['!ref'];
  if (typeof ref !== 'string') return null;
  try {
    return XLSX.utils.decode_range(ref);
  } catch {
    return null;
  }
}
