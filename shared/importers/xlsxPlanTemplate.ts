import type * as XLSX from 'xlsx';
import { makeIndicatorId, asPlanId } from '../domain/ids';
import type { IndicatorId } from '../domain/ids';
import type { ImportWarning, Indicator } from '../domain/indicator';
import type { PlanBundle } from '../domain/planBundle';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { buildSheetBundle, indicatorProblems, readSheetTable } from './xlsxPlanDocumentTable';
import type { SheetTable } from './xlsxPlanDocumentTable';
import { openWorkbook } from './xlsxOpenWorkbook';
import { PLAN_OPEN_OPTIONS, TABLE_KIND_LABELS } from './xlsxPlanOptions';
import type { PlanWorkbookOptions } from './xlsxPlanOptions';
import { readSheetGrid } from './xlsxPlanSheetGrid';
import type { SheetGrid } from './xlsxPlanSheetGrid';
import { readTemplateActuals, readTemplateWarnings } from './xlsxPlanTemplateExtras';
import { TEMPLATE_SHEETS } from './xlsxPlanTemplateLayout';
import { readTemplateMeta } from './xlsxPlanTemplateMeta';
import type { TemplateMeta } from './xlsxPlanTemplateMeta';
import { getSheet } from './xlsxSheetAccess';

/**
 * Imports our plan template (written by exportPlanTemplate in xlsxPlanTemplateExport.ts) from
 * bytes; a workbook without a 规划信息 sheet is refused.
 */
export function importPlanTemplate(
  bytes: Uint8Array,
  fileName: string,
  options: PlanWorkbookOptions,
): Result<PlanBundle> {
  const workbook = openWorkbook(bytes, fileName, PLAN_OPEN_OPTIONS);
  if (!workbook.ok) return workbook;
  if (!getSheet(workbook.value, TEMPLATE_SHEETS.meta)) {
    return fail('不是本工作台的规划模板：缺少「规划信息」工作表', { file: fileName });
  }
  return importPlanTemplateWorkbook(workbook.value, fileName, options);
}

/**
 * Imports our plan template from an opened workbook: plan fields from 规划信息, rows from 指标表
 * through buildIndicator (so the same rules apply as for pasted text), actual values from 实际值 and
 * kept warnings from 导入提示 (a fresh warning that repeats a kept one is not added twice).
 */
export function importPlanTemplateWorkbook(
  workbook: XLSX.WorkBook,
  fileName: string,
  options: PlanWorkbookOptions,
): Result<PlanBundle> {
  const meta = openGrid(workbook, fileName, TEMPLATE_SHEETS.meta);
  if (!meta.ok) return meta;
  const plan = readTemplateMeta(meta.value);
  if (!plan.ok) return plan;
  if (options.table && options.table !== plan.value.tableKind) {
    return fail(
      `要导入的是${TABLE_KIND_LABELS[options.table]}，但该模板是${TABLE_KIND_LABELS[plan.value.tableKind]}，请选择正确的表格类型`,
      { file: fileName, sheet: TEMPLATE_SHEETS.meta },
    );
  }
  const grid = openGrid(workbook, fileName, TEMPLATE_SHEETS.indicators);
  if (!grid.ok) return grid;
  const found = readTemplateTable(grid.value, plan.value);
  if (!found.ok) return found;
  const built = buildSheetBundle(grid.value, found.value, {
    planId: options.planId,
    fileName,
    ...plan.value,
  });
  if (!built.ok) return built;
  return addTemplateExtras(workbook, grid.value, found.value, built.value);
}

function readTemplateTable(grid: SheetGrid, meta: TemplateMeta): Result<SheetTable> {
  const found = readSheetTable(grid, { inheritCategory: false });
  if (found === null) {
    return fail('「指标表」中没有找到表头（应有「指标（含单位）」「属性」等列）', {
      file: grid.file,
      sheet: grid.sheet,
    });
  }
  if (found.ok && found.value.columns.kind !== meta.tableKind) {
    return fail(
      `「规划信息」中的表格类型是${TABLE_KIND_LABELS[meta.tableKind]}，但「指标表」的表头是${TABLE_KIND_LABELS[found.value.columns.kind]}`,
      { file: grid.file, sheet: grid.sheet, line: found.value.columns.headerStart + 1 },
    );
  }
  return found;
}

function addTemplateExtras(
  workbook: XLSX.WorkBook,
  grid: SheetGrid,
  found: SheetTable,
  bundle: PlanBundle,
): Result<PlanBundle> {
  const planId = asPlanId(bundle.plan.id);
  const idByOrder = new Map<string, IndicatorId>();
  found.table.rows.forEach((row, index) => {
    const id = makeIndicatorId(planId, index + 1);
    if (!idByOrder.has(row.order || String(index + 1)))
      idByOrder.set(row.order || String(index + 1), id);
  });
  let result: PlanBundle = bundle;
  if (getSheet(workbook, TEMPLATE_SHEETS.actuals)) {
    const sheet = openGrid(workbook, grid.file, TEMPLATE_SHEETS.actuals);
    const actuals = sheet.ok ? readTemplateActuals(sheet.value, idByOrder) : sheet;
    if (!actuals.ok) return actuals;
    result = { ...result, actualValues: actuals.value };
  }
  if (getSheet(workbook, TEMPLATE_SHEETS.warnings)) {
    const sheet = openGrid(workbook, grid.file, TEMPLATE_SHEETS.warnings);
    const kept = sheet.ok ? readTemplateWarnings(sheet.value) : sheet;
    if (!kept.ok) return kept;
    const indicators = result.indicators.map((indicator, index) => {
      const row = found.table.rows[index];
      return mergeWarnings(indicator, kept.value.get(row?.order || String(index + 1)) ?? []);
    });
    result = { ...result, indicators };
  }
  return ok(result, indicatorProblems(grid, result));
}

/** Kept warnings first, then fresh ones that do not repeat a kept one (same message, column, text). */
function mergeWarnings(indicator: Indicator, kept: readonly ImportWarning[]): Indicator {
  const key = (warning: ImportWarning) =>
    JSON.stringify([warning.message, warning.column ?? null, warning.cellText ?? null]);
  const keys = new Set(kept.map(key));
  const fresh = indicator.warnings.filter((warning) => !keys.has(key(warning)));
  return { ...indicator, warnings: [...kept, ...fresh] };
}

function openGrid(workbook: XLSX.WorkBook, fileName: string, name: string): Result<SheetGrid> {
  const sheet = getSheet(workbook, name);
  if (!sheet) return fail(`缺少「${name}」工作表`, { file: fileName });
  return readSheetGrid(sheet, fileName, name);
}
