import type { PlanBundle } from '../domain/planBundle';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { decodePlanText } from './decodePlanText';
import type { DocumentTableGrid } from './documentGrid';
import { importDocumentTables } from './importDocumentTables';
import type { DocumentImportOptions, OpenedPlan } from './importDocumentTables';
import { importText, withReading } from './openPlanText';
import { detectPlanDocumentFormat } from './planDocumentFormat';
import { readingOfRows } from './readingOfRows';
import type { PlanDocumentFormat } from './planDocumentFormat';
import { formatNumber } from '../lib/formatNumber';
import { assertNever } from '../lib/exhaustive';

export type { DocumentImportOptions, OpenedPlan } from './importDocumentTables';

/** Largest plan file opened: a whole plan as PDF with pictures is a few MB; 50 MB is ample. */
export const MAX_PLAN_FILE_BYTES = 50 * 1024 * 1024;
const MEGABYTE = 1024 * 1024;

/**
 * Opens a plan from any file users have: Word (.docx), PDF, Excel (.xlsx/.xls/.et), a saved web
 * page (.html/.htm), CSV or text. The type is decided by the file's first bytes, then its name.
 * The main indicator table (or `options.table`) is found in the whole document. Readers load
 * lazily, so callers pay for pdf.js or SheetJS only when such a file is opened. Never throws:
 * an old .doc, an encrypted file, a scanned PDF, a file of the wrong type or over 50 MB gets a
 * Chinese message saying what was found and what to do.
 */
export async function openPlanDocument(
  bytes: Uint8Array,
  fileName: string,
  options: DocumentImportOptions,
): Promise<Result<PlanBundle>> {
  const opened = await openPlanTable(bytes, fileName, options);
  return opened.ok ? ok(opened.value.bundle, opened.warnings) : opened;
}

/**
 * Like openPlanDocument, also returning how the table was read (column mapping, row fates) when
 * the grid importer read it; `options.overrides` (the review screen, CLI --map) re-reads it.
 */
export async function openPlanTable(
  bytes: Uint8Array,
  fileName: string,
  options: DocumentImportOptions,
): Promise<Result<OpenedPlan>> {
  const where = { file: fileName };
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    return fail('文件是空的（0 字节）：请确认选择了正确的规划文件', where);
  }
  if (bytes.length > MAX_PLAN_FILE_BYTES) {
    const size = formatNumber(bytes.length / MEGABYTE, 1);
    return fail(
      `文件大小为 ${size} MB，超过 ${MAX_PLAN_FILE_BYTES / MEGABYTE} MB 的上限，未读取。规划文件一般只有几 MB：请确认选择了正确的文件，或只保留指标表所在部分后再打开`,
      where,
    );
  }
  try {
    return await openByFormat(detectPlanDocumentFormat(bytes, fileName), bytes, fileName, options);
  } catch (error) {
    // Defensive: a reader's bug must still reach the user as a located Chinese error.
    return fail(
      `打开文件时发生内部错误：${error instanceof Error ? error.message : String(error)}`,
      where,
    );
  }
}

/** The formats that are refused with a message saying what to do, never read. */
export type RefusedFormat = 'oldWord' | 'encryptedOffice' | 'ole' | 'binary';

export const REFUSALS: Readonly<Record<RefusedFormat, (fileName: string) => string>> = {
  oldWord: () => '这是旧版 Word（.doc）文件：请在 Word/WPS 中另存为 .docx 后再打开',
  encryptedOffice: (fileName) =>
    /\.xls[xm]?$|\.et$/i.test(fileName)
      ? '工作簿设有打开密码（已加密），无法读取：请在 Excel/WPS 中打开后取消密码，另存后再打开'
      : '该 Word 文档设有打开密码（已加密），无法读取：请在 Word/WPS 中打开后取消密码（文件→信息→保护文档），另存为 .docx 后再打开',
  ole: () =>
    '这是旧版 Office 文件，无法识别其内容：请在 Word/WPS 或 Excel 中另存为 .docx 或 .xlsx 后再打开',
  binary: binaryMessage,
};

export function isRefused(format: PlanDocumentFormat): format is RefusedFormat {
  return Object.hasOwn(REFUSALS, format);
}

async function openByFormat(
  format: PlanDocumentFormat,
  bytes: Uint8Array,
  fileName: string,
  options: DocumentImportOptions,
): Promise<Result<OpenedPlan>> {
  if (isRefused(format)) return fail(REFUSALS[format](fileName), { file: fileName });
  switch (format) {
    case 'pdf':
      return (await import('./openPdfPlan')).openPdfPlan(bytes, fileName, options);
    case 'docx':
      return openDocx(bytes, fileName, options);
    case 'workbook':
    case 'legacyWorkbook':
      return openWorkbookPlan(bytes, fileName, options);
    case 'html': {
      const { readHtmlDocument } = await import('./htmlTables');
      const page = readHtmlDocument(decodePlanText(bytes));
      return importTablesOrText(page.tables, '网页', fileName, options, page.paragraphs);
    }
    case 'csv': {
      const { readCsvRows } = await import('./csvRows');
      const table = { index: 0, rows: readCsvRows(decodePlanText(bytes)), before: [], after: [] };
      return importDocumentTables([table], { fileName, label: 'CSV 文件' }, options);
    }
    case 'text':
    case 'json':
      return importText(decodePlanText(bytes), fileName, options);
    default:
      return assertNever(format);
  }
}

async function openDocx(
  bytes: Uint8Array,
  fileName: string,
  options: DocumentImportOptions,
): Promise<Result<OpenedPlan>> {
  const { readDocxTables } = await import('./docxTables');
  const document = readDocxTables(bytes, fileName);
  if (!document.ok) return document;
  const { tables, paragraphs } = document.value;
  return importTablesOrText(tables, 'Word 文档', fileName, options, paragraphs);
}

async function openWorkbookPlan(
  bytes: Uint8Array,
  fileName: string,
  options: DocumentImportOptions,
): Promise<Result<OpenedPlan>> {
  if (options.overrides) {
    const { importWorkbookTable } = await import('./xlsxPlanGrid');
    return withReading(importWorkbookTable(bytes, fileName, options));
  }
  // The table kind is read from the workbook, and checked against options.table when given.
  const { importPlanFromWorkbook } = await import('./xlsxPlanWorkbook');
  const read = importPlanFromWorkbook(bytes, fileName, options);
  if (!read.ok) return read;
  // The review screen's column mapping, as for a pasted table: the first sheet read by meaning
  // when it read the same indicators (not the app's own template, whose first sheet is 规划信息).
  const { importWorkbookTable } = await import('./xlsxPlanGrid');
  const byMeaning = importWorkbookTable(bytes, fileName, options);
  const reading = readingOfRows(byMeaning, read.value);
  return ok({ bundle: read.value, reading }, read.warnings);
}

function binaryMessage(fileName: string): string {
  if (/\.pdf$/i.test(fileName)) {
    return '不是有效的 PDF 文件：文件开头没有 PDF 标记（%PDF-），可能已损坏或只是改了扩展名。请重新下载或导出 PDF，或用原文 Word 或网页复制指标表';
  }
  return '无法识别文件内容：不是 Word（.docx）、PDF、Excel、网页或文本文件，可能已损坏或选错了文件。请确认后重新选择';
}

/** A document's tables, or, when it has none, its text through the text path (a table typed with tabs). */
function importTablesOrText(
  tables: readonly DocumentTableGrid[],
  label: string,
  fileName: string,
  options: DocumentImportOptions,
  paragraphs?: readonly string[],
): Result<OpenedPlan> {
  const text = paragraphs ?? tables.flatMap((table) => [...table.before, ...table.after]);
  if (tables.length === 0 && text.length > 0) {
    const fromText = importText(text.join('\n'), fileName, options);
    if (fromText.ok) return fromText;
    return fail(
      `${label}中没有表格（只有 ${text.length} 段文字），也没有按文字排列的指标表，找不到指标表。请确认打开的是含指标表的规划文件，或把指标表复制后用「粘贴指标表」导入`,
      { file: fileName },
    );
  }
  return importDocumentTables(tables, { fileName, label }, options);
}
