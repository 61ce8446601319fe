import * as XLSX from 'xlsx';
import { fail, ok } from '../lib/result';
import type { Result, SourceLocation } from '../lib/result';
import { MAX_WORKBOOK_BYTES } from './xlsxPlanOptions';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Opens untrusted workbook bytes with SheetJS after the cheap checks: size (refused before any
 * parsing, with the size in the message), signature (an xlsx zip or an old .xls), then a parse
 * that may throw on damaged files and is caught. Formulas are not read: cells keep the value Excel
 * cached, nothing is evaluated. A sheet named `__proto__` is refused (sheets are an object keyed by
 * name). Never throws.
 */
export function readWorkbookBytes(bytes: Uint8Array, fileName: string): Result<XLSX.WorkBook> {
  const where: SourceLocation = { file: fileName };
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    return fail('文件是空的（0 字节），请确认选择了正确的 Excel 文件', where);
  }
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    const size = (bytes.length / (1024 * 1024)).toFixed(1);
    return fail(
      `文件大小为 ${size} MB，超过 20 MB 的上限，未读取。请只保留指标表所在的工作表后再导入`,
      where,
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE) && !startsWith(bytes, OLE_SIGNATURE)) {
    return fail(
      '不是 Excel 工作簿（.xlsx）：文件内容不是 Excel 格式，可能选错了文件。文本格式的指标表请用「粘贴指标表」导入',
      where,
    );
  }
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      cellNF: true,
      bookVBA: false,
      sheetStubs: false,
    });
  } catch {
    return fail(
      '无法读取该 Excel 文件：文件已损坏、已加密或不是 .xlsx 工作簿。请在 Excel 中打开后另存为「Excel 工作簿（*.xlsx）」再导入',
      where,
    );
  }
  return checkSheetNames(workbook, where);
}

function checkSheetNames(workbook: XLSX.WorkBook, where: SourceLocation): Result<XLSX.WorkBook> {
  const names: unknown = workbook.SheetNames;
  if (!Array.isArray(names) || names.length === 0) {
    return fail('工作簿中没有任何工作表', where);
  }
  if (names.includes('__proto__')) {
    return fail(
      '工作表名称「__proto__」是保留名称，无法安全读取。请在 Excel 中把该工作表改名后再导入',
      { ...where, sheet: '__proto__' },
    );
  }
  return ok(workbook);
}

/** The sheet of that name, looked up as an own property only (never through the prototype). */
export function getSheet(workbook: XLSX.WorkBook, name: string): XLSX.WorkSheet | null {
  const sheets = workbook.Sheets as Record<string, XLSX.WorkSheet> | undefined;
  if (!sheets || !workbook.SheetNames.includes(name) || !Object.hasOwn(sheets, name)) return null;
  return sheets[name] ?? null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}
