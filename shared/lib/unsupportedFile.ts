/**
 * Recognises spreadsheet and office files the workbench does not read, by extension and by their
 * first bytes, so they are refused as a format rather than read as text and reported as a broken
 * table (issue 16: an .xlsb given to `parse` was reported as 内容「PK…」).
 */

/** What a command expects the file to be. */
export type ExpectedFile = 'plan' | 'actuals';

const OTHER_SPREADSHEETS: Readonly<Record<string, string>> = {
  xls: '旧版 Excel 工作簿（.xls）',
  xlsb: 'Excel 二进制工作簿（.xlsb）',
  xlsm: '启用宏的 Excel 工作簿（.xlsm）',
  xltx: 'Excel 模板（.xltx）',
  xltm: 'Excel 模板（.xltm）',
  ods: 'OpenDocument 表格（.ods）',
  et: 'WPS 表格（.et）',
  numbers: 'Numbers 表格（.numbers）',
};

const SAVE_AS = '请在 Excel 或 WPS 中另存为「Excel 工作簿（*.xlsx）」后再试';

/**
 * Why the file cannot be read as `expected`, or null when its extension and content may be read:
 * other spreadsheet formats by extension; a zip or OLE document under a text extension by content.
 */
export function describeUnsupportedFile(
  fileName: string,
  bytes: Uint8Array,
  expected: ExpectedFile,
): string | null {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = Object.hasOwn(OTHER_SPREADSHEETS, extension)
    ? OTHER_SPREADSHEETS[extension]
    : null;
  if (format) return `不支持${format}：只能读取 .xlsx 工作簿。${SAVE_AS}`;
  if (extension === 'xlsx') return null;
  const accepted = expected === 'plan' ? '.txt、.md、.json 或 .xlsx' : '.csv 或 .xlsx';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return `文件内容是压缩包或 Office 文档（如 .xlsx、.docx、.ods），不是文本，无法按「.${extension || '无扩展名'}」读取。只能读取 ${accepted} 文件；Excel 工作簿请以 .xlsx 扩展名提供`;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return `文件内容是旧版 Office 文档（如 .xls、.doc），不是文本。只能读取 ${accepted} 文件；${SAVE_AS}`;
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return `文件内容是 PDF，不是文本。只能读取 ${accepted} 文件；请从 PDF 中复制指标表文字后保存为 .txt`;
  }
  return null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}
