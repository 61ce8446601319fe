import type { ActualValue } from '../domain/actualValue';
import type { Indicator } from '../domain/indicator';
import type { Plan } from '../domain/plan';
import type { ProgressSpan, WorkItemProgress } from '../domain/workItemProgress';
import { ok, type Result } from '../lib/result';
import { importDataTemplate, type TemplatePreview } from './xlsxDataTemplateImport';
import { TEMPLATE_OPEN_OPTIONS } from './xlsxDataTemplateLayout';
import type { TemplateCutOff } from './xlsxDataTemplateShape';
import type { DepartmentItemSource } from './xlsxDepartmentItemsBuild';
import { importItemProgressSheet, type ItemProgressPreview } from './xlsxDepartmentItemsImport';
import { openWorkbook } from './xlsxOpenWorkbook';

/**
 * What a department workbook covers besides the indicators' template options. The workbook is
 * built by buildDepartmentWorkbook (xlsxDepartmentWorkbookBuild.ts, exceljs) and read here.
 */
export type DepartmentWorkbookOptions = {
  readonly department: string;
  readonly years: readonly number[];
  /** The part-year asked for besides the years (2023年上半年), as in the data template. */
  readonly cutOff?: TemplateCutOff | null;
  readonly now: Date;
  /** The period of the item rows. */
  readonly period: { readonly year: number; readonly span: ProgressSpan };
};

/** The preview of a filled department workbook: its indicator cells and its item rows. */
export type DepartmentWorkbookPreview = {
  readonly indicators: TemplatePreview;
  readonly items: ItemProgressPreview;
};

/**
 * Reads a filled department workbook: the indicator cells as the data template does, the item
 * rows against the stored progress. Nothing is written here; the caller applies both at once.
 */
export function importDepartmentWorkbook(
  bytes: Uint8Array,
  fileName: string,
  plan: Plan,
  indicators: readonly Indicator[],
  existingValues: readonly ActualValue[],
  sources: readonly DepartmentItemSource[],
  existingProgress: readonly WorkItemProgress[],
): Result<DepartmentWorkbookPreview> {
  const values = importDataTemplate(bytes, fileName, plan, indicators, existingValues);
  if (!values.ok) return values;
  const workbook = openWorkbook(bytes, fileName, TEMPLATE_OPEN_OPTIONS);
  if (!workbook.ok) return workbook;
  const items = sources.flatMap((source) => source.items);
  const progress = importItemProgressSheet(workbook.value, fileName, items, existingProgress);
  if (!progress.ok) return progress;
  return ok({ indicators: values.value, items: progress.value }, values.warnings);
}
