import * as XLSX from 'xlsx';
import { fail, ok } from '../lib/result';
import type { Result, SourceLocation } from '../lib/result';
import { MAX_TEMPLATE_BYTES } from './xlsxDataTemplateLayout';
import { isWellFormedZip } from './xlsxDataTemplateZipCheck';

/**
 * Opens untrusted xlsx bytes with SheetJS after the cheap checks (size, zip signature), so a
 * 50 MB file, an old .xls, a renamed text file or a damaged zip gives a Chinese error, never an
 * exception. Sheets are looked up by own property only: a sheet named `__proto__` is refused.
 */
export function openTemplateWorkbook(bytes: Uint8Array, fileName: string): Result<XLSX.WorkBook> {
  const where: SourceLocation = { file: fileName };
  if (bytes.length > MAX_TEMPLATE_BYTES) {
    return fail(
      `文件大小为 ${formatMegabytes(bytes.length)}，超过 ${MAX_TEMPLATE_BYTES / (1024 * 1024)} MB 的上限，不像是数据填报模板，已拒绝读取。请确认选择了正确的文件`,
      where,
    );
  }
  if (bytes.length === 0) return fail('文件是空的，请确认选择了填好的数据填报模板', where);
  const signature = signatureProblem(bytes);
  if (signature) return fail(signature, where);
  if (!isWellFormedZip(bytes)) return fail(DAMAGED, where);
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      sheetStubs: false,
    });
  } catch {
    return fail(DAMAGED, where);
  }
  if (!Array.isArray(workbook.SheetNames) || workbook.SheetNames.includes('__proto__')) {
    return fail('工作簿中有名为「__proto__」的工作表，不是本工作台导出的模板，已拒绝导入', where);
  }
  return ok(workbook);
}

/** The sheet of that name, looked up as an own property only (never the prototype). */
export function getSheet(workbook: XLSX.WorkBook, name: string): XLSX.WorkSheet | null {
  const sheets = workbook.Sheets as Record<string, XLSX.WorkSheet> | undefined;
  if (!sheets || !workbook.SheetNames.includes(name) || !Object.hasOwn(sheets, name)) return null;
  return sheets[name] ?? null;
}

/** Text of a cell as shown (formatted text, else the raw value), or '' for an empty cell. */
export function cellText(sheet: XLSX.WorkSheet, row: number, column: number): string {
  const cell = getCell(sheet, row, column);
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (typeof cell.w === 'string') return cell.w;
  return String(cell.v);
}

/** The cell at 0-based row and column, or undefined. */
export function getCell(
  sheet: XLSX.WorkSheet,
  row: number,
  column: number,
): XLSX.CellObject | undefined {
  const address = XLSX.utils.encode_cell({ r: row, c: column });
  return Object.hasOwn(sheet, address) ? (sheet[address] as XLSX.CellObject) : undefined;
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

const DAMAGED =
  '文件已损坏，无法作为 Excel 工作簿（.xlsx）读取。请在 Excel 中打开确认后重新保存再导入';

function signatureProblem(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return null;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return '这是旧版 Excel 文件（.xls）或加密的工作簿，请在 Excel 中另存为「Excel 工作簿（*.xlsx）」并取消密码后再导入';
  }
  return '不是 Excel 工作簿（.xlsx），文件可能已损坏或选错了文件';
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
