import type { PlanBundle } from '../../../../shared/domain/planBundle';
import { importPlanFromWorkbook as importWorkbook } from '../../../../shared/importers/xlsxPlanWorkbook';
import type { Result } from '../../../../shared/lib/result';

/**
 * 从 Excel 导入: reads an .xlsx (our plan template or a document-style indicator table) into a new
 * user plan with a fresh id. Loaded lazily by useExcelPlanImport, so SheetJS stays off the first screen.
 */
export function importPlanFromWorkbook(bytes: Uint8Array, fileName: string): Result<PlanBundle> {
  return importWorkbook(bytes, fileName, { planId: `user-${crypto.randomUUID()}` });
}
