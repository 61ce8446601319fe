import * as XLSX from 'xlsx';
import { fail, ok } from '../lib/result';
import type { Result, SourceLocation } from '../lib/result';
import { detectOleContent } from './planDocumentFormat';
import { isWellFormedZip } from './xlsxZipCheck';

/** The Chinese messages of `openWorkbook`; an importer may word any of them for its own users. */
export type OpenWorkbookMessages = {
  /** No bytes at all (or not a byte array). */
  readonly empty: string;
  /** Over the size limit, given the file's size and the limit in MB (`25.0`, `20`). */
  readonly tooLarge: (sizeMegabytes: string, limitMegabytes: string) => string;
  /** Neither a zip nor an OLE compound file: a renamed text file, a PDF, random bytes. */
  readonly notExcel: string;
  /** An OLE compound file: an old .xls, or an .xlsx protected by a password. */
  readonly oldOrEncrypted: string;
  /** An OLE file holding EncryptionInfo: a workbook protected by a password. */
  readonly encrypted: string;
  /** A zip that fails the strict check, or that SheetJS cannot parse. */
  readonly damaged: string;
  /** A workbook without any sheet. */
  readonly noSheets: string;
  /** A sheet named `__proto__`. */
  readonly reservedSheetName: string;
};

/** How `openWorkbook` checks the bytes. */
export type OpenWorkbookOptions = {
  /** Files larger than this are refused before any parsing. */
  readonly maxBytes: number;
  /** Wording of the importer; the defaults are used for the messages not given. */
  readonly messages?: Partial<OpenWorkbookMessages>;
  /**
   * Also read old binary workbooks (.xls, WPS .et: an OLE file with a Workbook or Book stream),
   * see decision 0023. Encrypted workbooks are refused either way.
   */
  readonly allowLegacy?: boolean;
};

/** The default wording: each message says what is wrong and what to do, in Chinese. */
export const DEFAULT_OPEN_MESSAGES: OpenWorkbookMessages = {
  empty: '文件是空的（0 字节），请确认选择了正确的 Excel 文件',
  tooLarge: (size, limit) =>
    `文件大小为 ${size} MB，超过 ${limit} MB 的上限，未读取。请确认选择了正确的文件`,
  notExcel: '不是 Excel 工作簿（.xlsx），文件可能已损坏或选错了文件',
  oldOrEncrypted:
    '这是旧版 Excel 文件（.xls）或加密的工作簿，请在 Excel 中另存为「Excel 工作簿（*.xlsx）」并取消密码后再导入',
  encrypted:
    '工作簿设有打开密码（已加密），无法读取。请在 Excel/WPS 中打开后取消密码（文件→信息→保护工作簿），另存后再导入',
  damaged: '文件已损坏，无法作为 Excel 工作簿（.xlsx）读取。请在 Excel 中打开确认后重新保存再导入',
  noSheets: '工作簿中没有任何工作表',
  reservedSheetName:
    '工作表名称「__proto__」是保留名称，无法安全读取。请在 Excel 中把该工作表改名后再导入',
};

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const MEGABYTE = 1024 * 1024;

/**
 * The one door for untrusted workbook bytes. In order: type and emptiness, size (refused before
 * any parsing, with the size in MB), signature (an .xlsx zip; an old .xls or .et only when
 * `allowLegacy`, an encrypted workbook never, each refusal with the way out), the strict zip check (SheetJS 0.20.3 loops forever on
 * some damaged zips, so it only ever sees intact ones), then `XLSX.read` without formulas (cells
 * keep the values Excel cached, nothing is evaluated) in a try/catch, and the refusal of a sheet
 * named `__proto__`. Every refusal is a Chinese message located at the file. Never throws.
 */
export function openWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: OpenWorkbookOptions,
): Result<XLSX.WorkBook> {
  const messages = { ...DEFAULT_OPEN_MESSAGES, ...options.messages };
  const where: SourceLocation = { file: fileName };
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return fail(messages.empty, where);
  if (bytes.length > options.maxBytes) {
    const size = (bytes.length / MEGABYTE).toFixed(1);
    const limit = String(Number((options.maxBytes / MEGABYTE).toFixed(1)));
    return fail(messages.tooLarge(size, limit), where);
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    const content = detectOleContent(bytes);
    if (content === 'encryptedOffice' && options.allowLegacy)
      return fail(messages.encrypted, where);
    if (content !== 'legacyWorkbook' || !options.allowLegacy) {
      return fail(messages.oldOrEncrypted, where);
    }
  } else if (!startsWith(bytes, ZIP_SIGNATURE)) return fail(messages.notExcel, where);
  else if (!isWellFormedZip(bytes)) return fail(messages.damaged, where);
  const workbook = parseWorkbook(bytes);
  if (!workbook) return fail(messages.damaged, where);
  const names: unknown = workbook.SheetNames;
  if (!Array.isArray(names) || names.length === 0) return fail(messages.noSheets, where);
  if (names.includes('__proto__')) {
    return fail(messages.reservedSheetName, { ...where, sheet: '__proto__' });
  }
  return ok(workbook);
}

/** SheetJS's parse of an intact zip, or null when it throws. */
function parseWorkbook(bytes: Uint8Array): XLSX.WorkBook | null {
  try {
    return XLSX.read(bytes, {
      type: 'array',
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      cellNF: true,
      bookVBA: false,
      sheetStubs: false,
    });
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}
