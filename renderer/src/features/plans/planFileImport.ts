import type { PlanTableKind } from '../../../../shared/domain/plan';
import { readHtmlTables } from '../../../../shared/importers/htmlTables';
import { importDocumentTables } from '../../../../shared/importers/importDocumentTables';
import type { OpenedPlan } from '../../../../shared/importers/importDocumentTables';
import { openPlanTable } from '../../../../shared/importers/openPlanDocument';
import type { Result } from '../../../../shared/lib/result';

/**
 * 从文件导入: reads any plan file (Word, PDF, Excel, web page, CSV, text) into a new user plan with
 * a fresh id. Loaded lazily by usePlanFileImport, so pdf.js, SheetJS and the readers stay off the
 * first screen.
 */
export function importPlanFile(bytes: Uint8Array, fileName: string): Promise<Result<OpenedPlan>> {
  return openPlanTable(bytes, fileName, { planId: `user-${crypto.randomUUID()}` });
}

/**
 * The clipboard's HTML flavour, when it holds a table (Word, WPS, Excel and browsers put the
 * copied table there, merged cells included): the plan read from it, or null to fall back to the
 * plain text.
 */
export function importPastedTable(
  html: string,
  tableKind: PlanTableKind,
): Result<OpenedPlan> | null {
  const tables = readHtmlTables(html);
  if (tables.length === 0) return null;
  const result = importDocumentTables(
    tables,
    { fileName: '粘贴的表格', label: '粘贴的内容' },
    { planId: `user-${crypto.randomUUID()}`, table: tableKind },
  );
  if (!result.ok) return result;
  const { bundle, reading } = result.value;
  const pasted = { ...bundle, plan: { ...bundle.plan, origin: { type: 'pasted' as const } } };
  // The review screen re-reads the grid with the user's corrections: it keeps the pasted origin.
  const kept = reading ? { ...reading, bundle: pasted } : null;
  return { ok: true, value: { bundle: pasted, reading: kept }, warnings: result.warnings };
}
