import * as XLSX from 'xlsx';
import type { ActualValue } from '../domain/actualValue';
import type { Indicator } from '../domain/indicator';
import type { Plan } from '../domain/plan';
import { selectIndicators } from '../domain/selectIndicators';
import {
  DATA_SHEET_NAME,
  DATA_TEMPLATE_FORMAT,
  DATA_TEMPLATE_VERSION,
  FIXED_COLUMN_COUNT,
  META_KEYS,
  META_SHEET_NAME,
  instructionText,
  templateHeaders,
} from './xlsxDataTemplateLayout';
import { styleDataTemplate } from './xlsxDataTemplateStyle';

/** Which template to build. */
export type DataTemplateOptions = {
  /** Only this department's indicators; all indicators when absent or empty. */
  readonly department?: string;
  /** The years to fill, e.g. [2021, 2022]. */
  readonly years: readonly number[];
  readonly now: Date;
  /**
   * Sheets shown after the form (a department's 重点任务进展): added before the workbook is
   * written and styled, since reading the styled bytes back through SheetJS drops every style.
   */
  readonly extraSheets?: readonly { readonly name: string; readonly sheet: XLSX.WorkSheet }[];
};

type CellValue = string | number | null;

/**
 * Builds the xlsx data-entry template (issue 5「Department templates」): a title row, the
 * instructions row, the header (input columns marked 「（填报）」), one row per indicator with
 * its hidden id, existing values filled in, and a hidden 模板信息 sheet with the plan id and the
 * template version so a template from another plan is recognised on import.
 */
export function buildDataTemplate(
  plan: Plan,
  indicators: readonly Indicator[],
  actualValues: readonly ActualValue[],
  options: DataTemplateOptions,
): Uint8Array {
  const department = options.department?.trim() ?? '';
  const rows = selectIndicators(indicators, department);
  const workbook = XLSX.utils.book_new();
  const data = XLSX.utils.aoa_to_sheet(
    dataRows(plan, rows, actualValues, options.years, department),
  );
  const lastColumn = FIXED_COLUMN_COUNT + options.years.length * 2 - 1;
  data['!cols'] = columnWidths(options.years.length);
  // Title and instructions span the visible table (above the header: the importer allows it).
  data['!merges'] = [0, 1].map((row) => ({ s: { r: row, c: 1 }, e: { r: row, c: lastColumn } }));
  XLSX.utils.book_append_sheet(workbook, data, DATA_SHEET_NAME);
  const meta = XLSX.utils.aoa_to_sheet(metaRows(plan, rows, options, department));
  meta['!cols'] = [{ wch: 14 }, { wch: 48 }];
  XLSX.utils.book_append_sheet(workbook, meta, META_SHEET_NAME);
  const extra = options.extraSheets ?? [];
  for (const { name, sheet } of extra) XLSX.utils.book_append_sheet(workbook, sheet, name);
  workbook.Workbook = {
    Sheets: [{ Hidden: 0 }, { Hidden: 1 }, ...extra.map(() => ({ Hidden: 0 as const }))],
    Names: printNames(lastColumn, 3 + rows.length),
  };
  const written: unknown = XLSX.write(workbook, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  });
  return styleDataTemplate(new Uint8Array(written as ArrayBuffer), {
    indicatorCount: rows.length,
    yearCount: options.years.length,
  });
}

/** Prints columns B to the last input column with the header row repeated on every page. */
function printNames(lastColumn: number, lastRow: number): XLSX.DefinedName[] {
  const sheet = `'${DATA_SHEET_NAME}'`;
  const last = XLSX.utils.encode_col(lastColumn);
  return [
    { Name: '_xlnm.Print_Area', Sheet: 0, Ref: `${sheet}!$B$1:$${last}$${Math.max(3, lastRow)}` },
    { Name: '_xlnm.Print_Titles', Sheet: 0, Ref: `${sheet}!$3:$3` },
  ];
}

function dataRows(
  plan: Plan,
  indicators: readonly Indicator[],
  actualValues: readonly ActualValue[],
  years: readonly number[],
  department: string,
): CellValue[][] {
  const byKey = new Map<string, ActualValue>();
  for (const actual of actualValues) {
    if (actual.measure === 'value') byKey.set(`${actual.indicatorId}\u0000${actual.year}`, actual);
  }
  const scope = department === '' ? '全部指标' : department;
  const rows: CellValue[][] = [
    [null, `${plan.name}主要指标年度数据填报表（${scope}）`],
    [null, instructionText(years)],
    templateHeaders(plan.baseYear, years),
  ];
  for (const indicator of indicators) {
    const row: CellValue[] = [
      indicator.id,
      indicator.category,
      indicator.name,
      indicator.unit,
      indicator.departments.join('、'),
      baseCell(indicator.baseRaw),
    ];
    // Empty input cells are written as '' so they exist and get the input shading.
    for (const year of years) {
      const actual = byKey.get(`${indicator.id}\u0000${year}`);
      row.push(actual ? actual.value : '', actual ? actual.status : '');
    }
    rows.push(row);
  }
  return rows;
}

/** A plain number as the plan wrote it is stored as a number; 「[7.66]」 or 「7左右」 stay text. */
function baseCell(baseRaw: string): CellValue {
  const trimmed = baseRaw.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : baseRaw;
}

function metaRows(
  plan: Plan,
  indicators: readonly Indicator[],
  options: DataTemplateOptions,
  department: string,
): CellValue[][] {
  return [
    ['项目', '内容'],
    [META_KEYS.format, DATA_TEMPLATE_FORMAT],
    [META_KEYS.version, DATA_TEMPLATE_VERSION],
    [META_KEYS.planId, plan.id],
    [META_KEYS.planName, plan.name],
    [META_KEYS.baseYear, plan.baseYear],
    [META_KEYS.department, department],
    [META_KEYS.years, options.years.join(',')],
    [META_KEYS.createdAt, options.now.toISOString()],
    ...indicators.map((indicator): CellValue[] => [META_KEYS.indicatorId, indicator.id]),
  ];
}

function columnWidths(yearCount: number): XLSX.ColInfo[] {
  const widths: XLSX.ColInfo[] = [
    { wch: 18, hidden: true },
    { wch: 10 },
    { wch: 36 },
    { wch: 8 },
    { wch: 16 },
    { wch: 12 },
  ];
  for (let index = 0; index < yearCount; index += 1) widths.push({ wch: 14 }, { wch: 16 });
  return widths;
}
