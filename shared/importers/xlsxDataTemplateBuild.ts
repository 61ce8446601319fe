import * as XLSX from 'xlsx';
import type { ActualValue } from '../domain/actualValue';
import type { Indicator } from '../domain/indicator';
import type { Plan } from '../domain/plan';
import { selectIndicators } from '../domain/selectIndicators';
import {
  DATA_SHEET_NAME,
  DATA_TEMPLATE_FORMAT,
  DATA_TEMPLATE_VERSION,
  META_KEYS,
  META_SHEET_NAME,
  instructionText,
  templateHeaders,
} from './xlsxDataTemplateLayout';

/** Which template to build. */
export type DataTemplateOptions = {
  /** Only this department's indicators; all indicators when absent or empty. */
  readonly department?: string;
  /** The years to fill, e.g. [2021, 2022]. */
  readonly years: readonly number[];
  readonly now: Date;
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
  data['!cols'] = columnWidths(options.years.length);
  XLSX.utils.book_append_sheet(workbook, data, DATA_SHEET_NAME);
  const meta = XLSX.utils.aoa_to_sheet(metaRows(plan, rows, options, department));
  meta['!cols'] = [{ wch: 14 }, { wch: 48 }];
  XLSX.utils.book_append_sheet(workbook, meta, META_SHEET_NAME);
  workbook.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
  const written: unknown = XLSX.write(workbook, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  });
  return new Uint8Array(written as ArrayBuffer);
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
      indicator.baseRaw,
    ];
    for (const year of years) {
      const actual = byKey.get(`${indicator.id}\u0000${year}`);
      row.push(actual ? actual.value : null, actual ? actual.status : null);
    }
    rows.push(row);
  }
  return rows;
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
