import type { WorkItemBundle } from '../../domain/workItemList';
import { fail, ok, type Result } from '../../lib/result';
import { unifyCjkRadicals } from '../cjkRadicals';
import { decodePlanText } from '../decodePlanText';
import type { DocumentTableGrid } from '../documentGrid';
import { isRefused, MAX_PLAN_FILE_BYTES, REFUSALS } from '../openPlanDocument';
import { detectPlanDocumentFormat, type PlanDocumentFormat } from '../planDocumentFormat';
import { importWorkItemsFromText } from './importWorkItemsFromText';
import type { WorkItemImportOptions } from './workItemImportOptions';
import { formatNumber } from '../../lib/formatNumber';
import { assertNever } from '../../lib/exhaustive';

const MEGABYTE = 1024 * 1024;

/**
 * Opens a task list from any file a plan may come in (issue 13「the same file types as plans」):
 * our Excel template (.xlsx), or the text of a Word document, PDF, web page, CSV or text file read
 * by the plan readers and then by the task importers (004's numbered tasks, a plan's 专栏 boxes).
 * Never throws; a failure is a located Chinese message and nothing to save. Line numbers in text
 * errors count the document's lines (for Word and web pages, its paragraphs and table rows).
 */
export async function openWorkItemDocument(
  bytes: Uint8Array,
  fileName: string,
  options: WorkItemImportOptions,
): Promise<Result<WorkItemBundle>> {
  const where = { file: fileName };
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    return fail('文件是空的（0 字节）：请确认选择了正确的任务清单文件', where);
  }
  if (bytes.length > MAX_PLAN_FILE_BYTES) {
    const size = formatNumber(bytes.length / MEGABYTE, 1);
    return fail(
      `文件大小为 ${size} MB，超过 ${MAX_PLAN_FILE_BYTES / MEGABYTE} MB 的上限，未读取`,
      where,
    );
  }
  const named = { ...options, fileName };
  try {
    const format = detectPlanDocumentFormat(bytes, fileName);
    if (isRefused(format)) return fail(REFUSALS[format](fileName), where);
    if (format === 'workbook' || format === 'legacyWorkbook') {
      const { importWorkItemWorkbook } = await import('../xlsxWorkItemTemplate');
      return importWorkItemWorkbook(bytes, named);
    }
    const text = await documentText(format, bytes, fileName);
    // Text from PDFs (and copied from them) may spell characters as radicals: map them back.
    return text.ok ? importWorkItemsFromText(unifyCjkRadicals(text.value), named) : text;
  } catch (error) {
    // Defensive: a reader's bug must still reach the user as a located Chinese error.
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`打开文件时发生内部错误：${detail}`, where);
  }
}

type TextFormat = Exclude<
  PlanDocumentFormat,
  'oldWord' | 'encryptedOffice' | 'ole' | 'binary' | 'workbook' | 'legacyWorkbook'
>;

/** The document's text, one paragraph or table row per line, in document order. */
async function documentText(
  format: TextFormat,
  bytes: Uint8Array,
  fileName: string,
): Promise<Result<string>> {
  switch (format) {
    case 'pdf':
      return pdfText(bytes, fileName);
    case 'docx': {
      const { readDocxParagraphs } = await import('../docxParagraphs');
      const paragraphs = readDocxParagraphs(bytes, fileName);
      return paragraphs.ok ? ok(paragraphs.value.join('\n')) : paragraphs;
    }
    case 'html': {
      const { readHtmlDocument } = await import('../htmlTables');
      const page = readHtmlDocument(decodePlanText(bytes));
      return ok(interleave(page));
    }
    case 'csv': {
      const { readCsvRows } = await import('../csvRows');
      const rows = readCsvRows(decodePlanText(bytes));
      return ok(rows.map(rowText).join('\n'));
    }
    case 'text':
    case 'json':
      return ok(decodePlanText(bytes));
    default:
      return assertNever(format);
  }
}

async function pdfText(bytes: Uint8Array, fileName: string): Promise<Result<string>> {
  const [{ readPdfText }, { buildPdfLines }, { pdfLinesText }] = await Promise.all([
    import('../pdfTextItems'),
    import('../pdfLines'),
    import('../pdfTableGrid'),
  ]);
  const pdf = await readPdfText(bytes, fileName);
  if (!pdf.ok) return pdf;
  if (pdf.value.items.length === 0) {
    return fail(
      `该 PDF 没有文字层，可能是扫描件（共 ${pdf.value.pageHeights.length} 页）：请用原文 Word 或复制文字后粘贴`,
      { file: fileName },
    );
  }
  return ok(pdfLinesText(buildPdfLines(pdf.value)));
}

/**
 * A web page's paragraphs and tables in document order: a 专栏 box or a task list may sit in a
 * table, so each table row becomes one line of its distinct cell texts.
 */
export function interleave(document: {
  readonly tables: readonly DocumentTableGrid[];
  readonly paragraphs: readonly string[];
}): string {
  const { tables, paragraphs } = document;
  if (tables.length === 0) return paragraphs.join('\n');
  const lines: string[] = [];
  for (const table of tables) {
    lines.push(...table.before);
    for (const row of table.rows) lines.push(rowText(row));
  }
  lines.push(...tables.at(-1)!.after);
  return lines.join('\n');
}

/** A row's cells without the repeats of merged cells, joined by a space. */
function rowText(row: readonly string[]): string {
  const cells = row.map((cell) => cell.trim()).filter((cell) => cell !== '');
  return cells.filter((cell, index) => cell !== cells[index - 1]).join(' ');
}
