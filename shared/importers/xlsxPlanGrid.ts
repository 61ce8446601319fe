import type * as XLSX from 'xlsx';
import { fail } from '../lib/result';
import type { Result } from '../lib/result';
import type { GridOverrides } from './columnRole';
import { importPlanGrid } from './importPlanGrid';
import type { TableImport } from './importPlanGrid';
import { openWorkbook } from './xlsxOpenWorkbook';
import { PLAN_OPEN_OPTIONS } from './xlsxPlanOptions';
import type { PlanWorkbookOptions } from './xlsxPlanOptions';
import { readSheetGrid } from './xlsxPlanSheetGrid';
import type { SheetGrid } from './xlsxPlanSheetGrid';
import { getSheet } from './xlsxSheetAccess';

/** Options of a workbook read through the grid importer. */
export type WorkbookTableOptions = PlanWorkbookOptions & { readonly overrides?: GridOverrides };

/**
 * Reads a sheet's table through importPlanGrid (columns by meaning, issue 11): for document-style
 * tables whose headers name years instead of roles, carry a 序号 or 单位 column, or lack 属性,
 * and whenever the user overrides the mapping (CLI --map). Merged cells are already repeated.
 */
export function importSheetGrid(
  grid: SheetGrid,
  options: WorkbookTableOptions,
): Result<TableImport> {
  return importPlanGrid(
    { rows: grid.rows },
    {
      table: options.table ?? 'main',
      planId: options.planId,
      ...(options.name ? { name: options.name } : {}),
      ...(options.region ? { region: options.region } : {}),
      ...(options.level ? { level: options.level } : {}),
      ...(options.source ? { source: options.source } : {}),
      ...(options.overrides ? { overrides: options.overrides } : {}),
      fileName: grid.file,
      origin: { type: 'file', fileName: grid.file },
    },
  );
}

/** The first sheet of a workbook whose table importPlanGrid can read; else the first sheet's problem. */
export function importWorkbookTable(
  bytes: Uint8Array,
  fileName: string,
  options: WorkbookTableOptions,
): Result<TableImport> {
  const workbook = openWorkbook(bytes, fileName, PLAN_OPEN_OPTIONS);
  if (!workbook.ok) return workbook;
  return firstGridTable(workbook.value, fileName, options);
}

/** Tries every sheet with content, in order. */
export function firstGridTable(
  workbook: XLSX.WorkBook,
  fileName: string,
  options: WorkbookTableOptions,
): Result<TableImport> {
  let firstProblem: Result<TableImport> | null = null;
  for (const name of workbook.SheetNames) {
    const sheet = getSheet(workbook, name);
    if (!sheet) continue;
    const grid = readSheetGrid(sheet, fileName, name);
    if (!grid.ok) {
      firstProblem ??= grid;
      continue;
    }
    if (grid.value.rows.length === 0) continue;
    const read = importSheetGrid(grid.value, options);
    if (read.ok) return read;
    firstProblem ??= fail(read.error.message, { ...read.error.location, sheet: name });
  }
  return firstProblem ?? fail('工作簿是空的：所有工作表都没有内容', { file: fileName });
}
