import type { Workbook, Worksheet } from 'exceljs';
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
import { styleDataSheet } from './xlsxDataTemplateLook';
import {
  createTemplateWorkbook,
  setColumnWidths,
  applyTemplateFont,
  workbookBytes,
  writeRows,
} from './xlsxTemplateWorkbook';
import type { TemplateCellValue as CellValue, TemplateColumnWidth } from './xlsxTemplateWorkbook';

/** Which template to build. */
export type DataTemplateOptions = {
  /** Only this department's indicators; all indicators when absent or empty. */
  readonly department?: string;
  /** The years to fill, e.g. [2021, 2022]. */
  readonly years: readonly number[];
  /** The part-year to ask for besides the years (2023年上半年); none when absent or null. */
  readonly cutOff?: TemplateCutOff | null;
  readonly now: Date;
};

/**
 * Builds the xlsx data-entry template (issue 5「Department templates」): a title row, the
 * instructions row, a two-row header (each period, marked 「（填报）」, over its 数值, 增速(%) and
 * 状态 columns; decision 0045), one row per indicator with its hidden id, existing values filled
 * in, and a hidden 模板信息 sheet with the plan id, the template version and the cut-off so a
 * template from another plan is recognised on import. Written and styled with exceljs, read back
 * with SheetJS (docs/decisions/0047).
 */
export async function buildDataTemplate(
  plan: Plan,
  indicators: readonly Indicator[],
  actualValues: readonly ActualValue[],
  options: DataTemplateOptions,
): Promise<Uint8Array> {
  const workbook = createTemplateWorkbook(options.now);
  writeDataTemplate(workbook, plan, indicators, actualValues, options);
  return workbookBytes(workbook);
}

/**
 * Adds the template's 数据填报 and hidden 模板信息 sheets to a workbook, so that a department
 * workbook can add its 重点任务进展 sheet after them before the bytes are written.
 */
export function writeDataTemplate(
  workbook: Workbook,
  plan: Plan,
  indicators: readonly Indicator[],
  actualValues: readonly ActualValue[],
  options: DataTemplateOptions,
): void {
  const department = options.department?.trim() ?? '';
  const rows = selectIndicators(indicators, department);
  const shape = templateShape(2, plan.baseYear, options.years, options.cutOff ?? null);
  const data = workbook.addWorksheet(DATA_SHEET_NAME);
  writeRows(data, 1, dataRows(plan, rows, actualValues, shape, department));
  setColumnWidths(data, columnWidths(shape));
  styleDataSheet(data, {
    indicatorCount: rows.length,
    columnCount: shape.columnCount,
    statusColumns: shape.blocks.map((block) => block.status.column),
  });
  mergeHeader(data, shape);
  // Hidden, not very hidden: a user who needs to can still unhide it from Excel's menu.
  const meta = workbook.addWorksheet(META_SHEET_NAME, { state: 'hidden' });
  writeRows(meta, 1, metaRows(plan, rows, options, department));
  setColumnWidths(meta, [{ width: 14 }, { width: 48 }]);
  applyTemplateFont(meta);
}

/** 1-based last row of the header (title, instructions, two header rows). */
const HEADER_END = 4;

/**
 * Title and instructions span the visible table; each period spans its columns and each fixed
 * header its two rows. The importer allows merges within the header and refuses any below it.
 * Merged after styling: exceljs gives a merged area's hidden cells the look of its first cell.
 */
function mergeHeader(sheet: Worksheet, shape: TemplateShape): void {
  const last = shape.columnCount;
  const top = HEADER_END - 1;
  sheet.mergeCells(1, 2, 1, last);
  sheet.mergeCells(2, 2, 2, last);
  for (let column = 1; column <= FIXED_COLUMN_COUNT; column += 1) {
    sheet.mergeCells(top, column, top + 1, column);
  }
  for (const block of shape.blocks) {
    sheet.mergeCells(top, firstColumn(block) + 1, top, block.status.column + 1);
  }
}

function firstColumn(block: TemplateBlock): number {
  return block.quantities[0]?.column ?? block.status.column;
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

function columnWidths(shape: TemplateShape): TemplateColumnWidth[] {
  const widths: TemplateColumnWidth[] = [
    { width: 18, isHidden: true },
    { width: 10 },
    { width: 32 },
    { width: 8 },
    { width: 14 },
    { width: 12 },
  ];
  for (const block of shape.blocks) {
    widths.push(...block.quantities.map(() => ({ width: 10 })), { width: 9 });
  }
  return widths;
}
