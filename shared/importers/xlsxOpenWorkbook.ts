import * as XLSX from 'xlsx';
import { fail, ok } from '../lib/result';
import type { Result, SourceLocation } from '../lib/result';
import { detectOleContent } from './planDocumentFormat';
import { checkZip } from './xlsxZipCheck';
import type { ZipCheck } from './xlsxZipCheck';
import { formatNumber, formatUpTo } from '../lib/formatNumber';

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
  /** An .xlsx that would unpack beyond the limit (MB), or hold more rows or cells than allowed. */
  readonly tooMuchContent: (what: string) => string;
  /** A zip of another spreadsheet format renamed .xlsx (OpenDocument .ods, binary .xlsb). */
  readonly otherFormat: (format: string) => string;
};

/** Bounds on what an .xlsx may hold, checked on its unpacked parts before SheetJS sees it. */
export type WorkbookLimits = {
  readonly maxUnpackedBytes: number;
  /** Rows of all worksheets together (`<row>` elements). */
  readonly maxRows: number;
  /** Cells of all worksheets together (`<c>` elements). */
  readonly maxCells: number;
};

/**
 * Far above any plan table or filled template (a few hundred rows, well under 1 MB unpacked), far
 * below what freezes the page: a 140 MB sheet took 116 s and 3.9 GB in SheetJS (issue 16).
 */
export const DEFAULT_WORKBOOK_LIMITS: WorkbookLimits = {
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxRows: 50_000,
  maxCells: 1_000_000,
};

/** How `openWorkbook` checks the bytes. */
export type OpenWorkbookOptions = {
  /** Files larger than this are refused before any parsing. */
  readonly maxBytes: number;
  /** Bounds on the unpacked content; DEFAULT_WORKBOOK_LIMITS when not given. */
  readonly limits?: WorkbookLimits;
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
  tooMuchContent: (what) => `文件${what}，不像是规划或填报表，未读取。请确认选择了正确的文件`,
  otherFormat: (format) =>
    `这是 ${format}，不是 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中另存为「Excel 工作簿（*.xlsx）」后再导入`,
};

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const MEGABYTE = 1024 * 1024;

/**
 * The one door for untrusted workbook bytes. In order: type and emptiness, size (refused before
 * any parsing, with the size in MB), signature (an .xlsx zip; an old .xls or .et only when
 * `allowLegacy`, an encrypted workbook never, each refusal with the way out), the strict zip
 * check (SheetJS 0.20.3 loops forever on some damaged zips, so it only ever sees intact ones),
 * the bounds on unpacked size, rows and cells, the format inside the zip (an .ods or .xlsb
 * renamed .xlsx is refused, decision 0011), then `XLSX.read` without formulas (cells
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
    const size = formatNumber(bytes.length / MEGABYTE, 1);
    const limit = formatUpTo(options.maxBytes / MEGABYTE, 1);
    return fail(messages.tooLarge(size, limit), where);
  }
  const refusal = refuseBytes(bytes, options, messages);
  if (refusal !== null) return fail(refusal, where);
  const workbook = parseWorkbook(bytes);
  if (!workbook) return fail(messages.damaged, where);
  const names: unknown = workbook.SheetNames;
  if (!Array.isArray(names) || names.length === 0) return fail(messages.noSheets, where);
  if (names.includes('__proto__')) {
    return fail(messages.reservedSheetName, { ...where, sheet: '__proto__' });
  }
  return ok(workbook);
}

/**
 * Why the bytes are refused by their signature or, for an .xlsx, by what the zip holds; null when
 * SheetJS may read them (an intact .xlsx, or an old .xls or .et when `allowLegacy`).
 */
function refuseBytes(
  bytes: Uint8Array,
  options: OpenWorkbookOptions,
  messages: OpenWorkbookMessages,
): string | null {
  if (startsWith(bytes, OLE_SIGNATURE)) return refuseOle(bytes, options, messages);
  if (!startsWith(bytes, ZIP_SIGNATURE)) return messages.notExcel;
  const limits = options.limits ?? DEFAULT_WORKBOOK_LIMITS;
  return refuseContent(checkZip(bytes, limits.maxUnpackedBytes), limits, messages);
}

/** An OLE file is read only when it is an old workbook and `allowLegacy`. */
function refuseOle(
  bytes: Uint8Array,
  options: OpenWorkbookOptions,
  messages: OpenWorkbookMessages,
): string | null {
  const content = detectOleContent(bytes);
  if (content === 'encryptedOffice' && options.allowLegacy) return messages.encrypted;
  if (content !== 'legacyWorkbook' || !options.allowLegacy) return messages.oldOrEncrypted;
  return null;
}

/** Why an .xlsx is refused before parsing, or null when SheetJS may read it. */
function refuseContent(
  zip: ZipCheck,
  limits: WorkbookLimits,
  messages: OpenWorkbookMessages,
): string | null {
  if (zip.kind === 'damaged') return messages.damaged;
  if (zip.kind === 'tooLarge') {
    const limit = Math.round(limits.maxUnpackedBytes / MEGABYTE);
    return messages.tooMuchContent(`解压后超过 ${limit} MB`);
  }
  if (zip.names.includes('xl/workbook.bin'))
    return messages.otherFormat('Excel 二进制工作簿（.xlsb）');
  if (zip.names.includes('content.xml') || zip.names.includes('mimetype')) {
    return messages.otherFormat('OpenDocument 表格（.ods）');
  }
  if (!zip.names.some((name) => name.toLowerCase() === 'xl/workbook.xml')) return messages.notExcel;
  if (zip.sheetXml.rows > limits.maxRows) {
    return messages.tooMuchContent(`行数超过 ${limits.maxRows}`);
  }
  if (zip.sheetXml.cells > limits.maxCells) {
    return messages.tooMuchContent(`单元格数超过 ${limits.maxCells}`);
  }
  return null;
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
