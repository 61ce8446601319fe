import { fail } from '../lib/result';
import type { Result } from '../lib/result';
import { importDocumentTables } from './importDocumentTables';
import type { DocumentImportOptions, OpenedPlan } from './importDocumentTables';
import { importText } from './openPlanText';
import { buildPdfLines } from './pdfLines';
import { pdfLinesText, pdfRegionGrid } from './pdfTableGrid';
import { findPdfTableRegions } from './pdfTableRegions';
import { readPdfText } from './pdfTextItems';

/**
 * Opens a plan from a PDF: the text runs with their positions (pdf.js), lines and cells rebuilt
 * from geometry, each table's grid imported like a Word table. A PDF without tables found this
 * way goes through the text path (as text copied from a PDF would); a PDF without any text is a
 * scan, and says so.
 */
export async function openPdfPlan(
  bytes: Uint8Array,
  fileName: string,
  options: DocumentImportOptions,
): Promise<Result<OpenedPlan>> {
  const text = await readPdfText(bytes, fileName);
  if (!text.ok) return text;
  if (text.value.items.length === 0) {
    return fail(
      `该 PDF 没有文字层，可能是扫描件（共 ${text.value.pageHeights.length} 页，都只有图像）：请用原文 Word 或网页复制`,
      { file: fileName },
    );
  }
  const lines = buildPdfLines(text.value);
  const regions = findPdfTableRegions(lines);
  const fromTables =
    regions.length > 0
      ? importDocumentTables(
          regions.map((region, index) => pdfRegionGrid(region, index)),
          { fileName, label: 'PDF' },
          options,
        )
      : null;
  if (fromTables?.ok) return fromTables;
  const fromText = importText(pdfLinesText(lines), fileName, options);
  return fromText.ok || !fromTables ? fromText : fromTables;
}
