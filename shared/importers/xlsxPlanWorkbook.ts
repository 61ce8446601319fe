import type * as XLSX from 'xlsx';
import type { PlanBundle } from '../domain/planBundle';
import { fail, ok } from '../lib/result';
import type { Problem, Result } from '../lib/result';
import type { TableImport } from './importPlanGrid';
import { firstGridTable } from './xlsxPlanGrid';
import { META_SHEET_NAME as DATA_TEMPLATE_SHEET } from './xlsxDataTemplateLayout';
import { importPlanDocumentSheet } from './xlsxPlanDocumentTable';
import { openWorkbook } from './xlsxOpenWorkbook';
import { PLAN_OPEN_OPTIONS } from './xlsxPlanOptions';
import type { PlanWorkbookOptions } from './xlsxPlanOptions';
import { readSheetGrid } from './xlsxPlanSheetGrid';
import { importPlanTemplateWorkbook } from './xlsxPlanTemplate';
import { TEMPLATE_SHEETS } from './xlsxPlanTemplateLayout';
import { getSheet } from './xlsxSheetAccess';

/**
 * Imports a plan from an Excel workbook: our own template (recognised by its 规划信息 sheet), or
 * else the first sheet holding an indicator table laid out like the documents. Pure and never
 * throws: oversized, damaged or non-Excel bytes, empty workbooks, missing columns, error cells
 * and unsafe sheet names give `{ ok: false }` with a Chinese message naming file, sheet, row,
 * column and cell text.
 */
export function importPlanFromWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: PlanWorkbookOptions,
): Result<PlanBundle> {
  try {
    const workbook = openWorkbook(bytes, fileName, PLAN_OPEN_OPTIONS);
    if (!workbook.ok) return workbook;
    if (getSheet(workbook.value, TEMPLATE_SHEETS.meta)) {
      return importPlanTemplateWorkbook(workbook.value, fileName, options);
    }
    return importFirstTable(workbook.value, fileName, options);
  } catch (error) {
    // Defensive: a bug must still reach the user as a located Chinese error, not a crash.
    return fail(`导入时发生内部错误：${error instanceof Error ? error.message : String(error)}`, {
      file: fileName,
    });
  }
}

function importFirstTable(
  workbook: XLSX.WorkBook,
  fileName: string,
  options: PlanWorkbookOptions,
): Result<PlanBundle> {
  const scan = scanSheets(workbook, fileName, options);
  if (scan.found) return scan.found;
  const { firstProblem, firstContent } = scan;
  // Headers that name years (2020年 | 2025年), a 序号 or 单位 column, no 属性: read by meaning.
  const headerProblem =
    !firstProblem || /缺少以下列/.test(firstProblem.ok ? '' : firstProblem.error.message);
  const byMeaning =
    firstContent === null || !headerProblem ? null : firstGridTable(workbook, fileName, options);
  if (byMeaning?.ok) return ok(byMeaning.value.bundle, bundleProblems(byMeaning.value, fileName));
  if (firstProblem) return firstProblem;
  return noPlanTable(workbook, fileName, firstContent);
}

type SheetScan = {
  /** The first sheet read as a plan table. */
  readonly found: Result<PlanBundle> | null;
  /** The first sheet's problem, when none was read. */
  readonly firstProblem: Result<PlanBundle> | null;
  /** The name of the first sheet with content. */
  readonly firstContent: string | null;
};

/** Reads the sheets in order as laid out like the documents, up to the first that is a plan table. */
function scanSheets(
  workbook: XLSX.WorkBook,
  fileName: string,
  options: PlanWorkbookOptions,
): SheetScan {
  let firstProblem: Result<PlanBundle> | null = null;
  let firstContent: string | null = null;
  for (const name of workbook.SheetNames) {
    const sheet = getSheet(workbook, name);
    if (!sheet) continue;
    const grid = readSheetGrid(sheet, fileName, name);
    if (!grid.ok) {
      firstProblem ??= grid;
      continue;
    }
    if (grid.value.rows.length > 0) firstContent ??= name;
    const result = importPlanDocumentSheet(grid.value, options);
    if (result?.ok) return { found: result, firstProblem, firstContent };
    if (result) firstProblem ??= result;
  }
  return { found: null, firstProblem, firstContent };
}

/** Why no sheet holds a plan table: the workbook is empty, a data template, or has no such header. */
function noPlanTable(
  workbook: XLSX.WorkBook,
  fileName: string,
  firstContent: string | null,
): Result<PlanBundle> {
  if (firstContent === null) {
    return fail('工作簿是空的：所有工作表都没有内容', { file: fileName });
  }
  if (getSheet(workbook, DATA_TEMPLATE_SHEET)) {
    return fail('这是数据填报模板，不是规划指标表：请在「数据填报」中导入', { file: fileName });
  }
  return fail(
    '未找到规划指标表：没有一个工作表的表头同时含有「指标」和「属性」「基期值」「目标值」等列名。请检查表头，或使用「导出规划模板」得到的模板填写',
    { file: fileName, sheet: firstContent, line: 1 },
  );
}

/** The indicators' warnings and the reading's issues as located problems. */
function bundleProblems(read: TableImport, file: string): Problem[] {
  return [
    ...read.issues.map((issue) => ({
      message: issue.message,
      location: { file, ...(issue.line !== undefined ? { line: issue.line } : {}) },
    })),
    ...read.bundle.indicators.flatMap((indicator) =>
      indicator.warnings.map((warning) => ({
        message: warning.message,
        location: {
          file,
          ...(warning.line !== undefined ? { line: warning.line } : {}),
          ...(warning.column !== undefined ? { column: warning.column } : {}),
        },
      })),
    ),
  ];
}
