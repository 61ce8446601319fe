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
} from './xlsxDataTemplateLayout';
import { cutOffText, templateShape } from './xlsxDataTemplateShape';
import type { TemplateBlock, TemplateCutOff, TemplateShape } from './xlsxDataTemplateShape';
import { styleDataTemplate } from './xlsxDataTemplateStyle';

/** Which template to build. */
export type DataTemplateOptions = {
  /** Only this department's indicators; all indicators when absent or empty. */
  readonly department?: string;
  /** The years to fill, e.g. [2021, 2022]. */
  readonly years: readonly number[];
  /** The part-year to ask for besides the years (2023年上半年); none when absent or null. */
  readonly cutOff?: TemplateCutOff | null;
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
 * instructions row, a two-row header (each period, marked 「（填报）」, over its 数值, 增速(%) and
 * 状态 columns; decision 0045), one row per indicator with its hidden id, existing values filled
 * in, and a hidden 模板信息 sheet with the plan id, the template version and the cut-off so a
 * template from another plan is recognised on import.
 */
export function buildDataTemplate(
  plan: Plan,
  indicators: readonly Indicator[],
  actualValues: readonly ActualValue[],
  options: DataTemplateOptions,
): Uint8Array {
  const department = options.department?.trim() ?? '';
  const rows = selectIndicators(indicators, department);
  const shape = templateShape(2, plan.baseYear, options.years, options.cutOff ?? null);
  const workbook = XLSX.utils.book_new();
  const data = XLSX.utils.aoa_to_sheet(dataRows(plan, rows, actualValues, shape, department));
  const lastColumn = shape.columnCount - 1;
  data['!cols'] = columnWidths(shape);
  data['!merges'] = merges(shape, lastColumn);
  XLSX.utils.book_append_sheet(workbook, data, DATA_SHEET_NAME);
  const meta = XLSX.utils.aoa_to_sheet(metaRows(plan, rows, options, department));
  meta['!cols'] = [{ wch: 14 }, { wch: 48 }];
  XLSX.utils.book_append_sheet(workbook, meta, META_SHEET_NAME);
  const extra = options.extraSheets ?? [];
  for (const { name, sheet } of extra) XLSX.utils.book_append_sheet(workbook, sheet, name);
  workbook.Workbook = {
    Sheets: [{ Hidden: 0 }, { Hidden: 1 }, ...extra.map(() => ({ Hidden: 0 as const }))],
    Names: printNames(lastColumn, HEADER_END + rows.length),
  };
  const written: unknown = XLSX.write(workbook, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  });
  return styleDataTemplate(new Uint8Array(written as ArrayBuffer), {
    indicatorCount: rows.length,
    statusColumns: shape.blocks.map((block) => block.status.column),
  });
}

/** 1-based last row of the header (title, instructions, two header rows). */
const HEADER_END = 4;

/**
 * Title and instructions span the visible table; each period spans its columns and each fixed
 * header its two rows. The importer allows merges within the header and refuses any below it.
 */
function merges(shape: TemplateShape, lastColumn: number): XLSX.Range[] {
  const top = HEADER_END - 2;
  const span = (r: number, c: number, r2: number, c2: number) => ({
    s: { r, c },
    e: { r: r2, c: c2 },
  });
  return [
    span(0, 1, 0, lastColumn),
    span(1, 1, 1, lastColumn),
    ...Array.from({ length: FIXED_COLUMN_COUNT }, (_, column) =>
      span(top, column, top + 1, column),
    ),
    ...shape.blocks.map((block) => span(top, firstColumn(block), top, block.status.column)),
  ];
}

function firstColumn(block: TemplateBlock): number {
  return block.quantities[0]?.column ?? block.status.column;
}

/** Prints columns B to the last input column with the header row repeated on every page. */
function printNames(lastColumn: number, lastRow: number): XLSX.DefinedName[] {
  const sheet = `'${DATA_SHEET_NAME}'`;
  const last = XLSX.utils.encode_col(lastColumn);
  return [
    { Name: '_xlnm.Print_Area', Sheet: 0, Ref: `${sheet}!$B$1:$${last}$${Math.max(3, lastRow)}` },
    { Name: '_xlnm.Print_Titles', Sheet: 0, Ref: `${sheet}!$3:$${HEADER_END}` },
  ];
}

function dataRows(
  plan: Plan,
  indicators: readonly Indicator[],
  actualValues: readonly ActualValue[],
  shape: TemplateShape,
  department: string,
): CellValue[][] {
  const byKey = new Map<string, ActualValue>();
  for (const actual of actualValues) {
    byKey.set(`${actual.indicatorId}\u0000${actual.year}\u0000${actual.measure}`, actual);
  }
  const scope = department === '' ? '全部指标' : department;
  const rows: CellValue[][] = [
    [null, `${plan.name}主要指标年度数据填报表（${scope}）`],
    [null, instructionText(shape.blocks.map((block) => block.label))],
    ...shape.headers.map((header) => [...header]),
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
    for (const block of shape.blocks) {
      const stored = block.quantities.map(({ measure }) =>
        byKey.get(`${indicator.id}\u0000${block.year}\u0000${measure}`),
      );
      row.push(...stored.map((actual) => actual?.value ?? ''), blockStatus(stored));
    }
    rows.push(row);
  }
  return rows;
}

/**
 * The status cell of a period: the stored values' status when they agree. When they differ it is
 * left blank, which keeps each one's own status on import (an exported template read back changes
 * nothing). Empty input cells are written as '' so they exist and get the input shading.
 */
function blockStatus(stored: readonly (ActualValue | undefined)[]): string {
  const statuses = new Set(stored.flatMap((actual) => (actual ? [actual.status] : [])));
  const [only] = statuses;
  return statuses.size === 1 && only ? only : '';
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
    [META_KEYS.cutOff, cutOffText(options.cutOff ?? null)],
    [META_KEYS.createdAt, options.now.toISOString()],
    ...indicators.map((indicator): CellValue[] => [META_KEYS.indicatorId, indicator.id]),
  ];
}

function columnWidths(shape: TemplateShape): XLSX.ColInfo[] {
  const widths: XLSX.ColInfo[] = [
    { wch: 18, hidden: true },
    { wch: 10 },
    { wch: 32 },
    { wch: 8 },
    { wch: 14 },
    { wch: 12 },
  ];
  for (const block of shape.blocks) {
    widths.push(...block.quantities.map(() => ({ wch: 10 })), { wch: 9 });
  }
  return widths;
}
