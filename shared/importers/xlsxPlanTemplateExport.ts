import type { PlanBundle } from '../domain/planBundle';
import { TEMPLATE_SHEETS } from './xlsxPlanTemplateLayout';
import {
  writeActualsSheet,
  writeIndicatorSheet,
  writeMetaSheet,
  writeWarningsSheet,
} from './xlsxPlanTemplateWrite';
import { createTemplateWorkbook, workbookBytes } from './xlsxTemplateWorkbook';

/** Options: the workbook's creation time (exceljs otherwise stamps the current time). */
export type PlanTemplateOptions = {
  readonly createdAt?: Date;
};

/**
 * Exports a plan as our xlsx template: 指标表 (title row, two-row header, category merged down, one
 * row per indicator with 方向/责任单位/备注, notes below), 规划信息 (plan fields, one note per row,
 * template version), 实际值 (every actual value) and 导入提示 (the importer's warnings). Written
 * and styled with exceljs (docs/decisions/0047); importPlanTemplate reads it back with SheetJS and,
 * with the same plan id, gives back the same bundle, except `origin`, which becomes the file.
 */
export async function exportPlanTemplate(
  bundle: PlanBundle,
  options: PlanTemplateOptions = {},
): Promise<Uint8Array> {
  const workbook = createTemplateWorkbook(options.createdAt);
  workbook.title = bundle.plan.name;
  writeIndicatorSheet(workbook.addWorksheet(TEMPLATE_SHEETS.indicators), bundle);
  writeMetaSheet(workbook.addWorksheet(TEMPLATE_SHEETS.meta), bundle);
  writeActualsSheet(workbook.addWorksheet(TEMPLATE_SHEETS.actuals), bundle);
  writeWarningsSheet(workbook.addWorksheet(TEMPLATE_SHEETS.warnings), bundle);
  return workbookBytes(workbook);
}
