import type { PlanLevel, PlanTableKind } from '../domain/plan';
import type { PlanBundle } from '../domain/planBundle';
import { fail, ok } from '../lib/result';
import type { Problem, Result } from '../lib/result';
import { buildPlanBundle } from './buildPlanBundle';
import { TABLE_DEFAULTS } from './importOptions';
import type { RawTable } from './rawTable';
import { compactHeader, findHeaderRow, readTableColumns } from './xlsxPlanColumns';
import type { TableColumns } from './xlsxPlanColumns';
import { readDocumentRows } from './xlsxPlanDocumentRows';
import type { DocumentTable } from './xlsxPlanDocumentRows';
import { TABLE_KIND_LABELS } from './xlsxPlanOptions';
import type { PlanWorkbookOptions } from './xlsxPlanOptions';
import { applyRowExtras } from './xlsxPlanRowExtras';
import { gridLocation } from './xlsxPlanSheetGrid';
import type { SheetGrid } from './xlsxPlanSheetGrid';

/** A table found in a sheet: its header columns and its rows. */
export type SheetTable = { readonly columns: TableColumns; readonly table: DocumentTable };

/** Everything the plan record needs besides the rows (from the options or the 规划信息 sheet). */
export type SheetPlanSettings = {
  readonly planId: string;
  readonly fileName: string;
  readonly name: string;
  /** Left out, the table's title may name them (buildPlanBundle, readPlanRegion.ts). */
  readonly region?: string;
  readonly level?: PlanLevel;
  readonly periodLabel: string;
  readonly baseYear: number;
  readonly targetYear: number;
  readonly notes: readonly string[];
  readonly source?: string;
};

const PERIOD_BY_BASE_YEAR: ReadonlyMap<number, string> = new Map([
  [2005, '十一五'],
  [2010, '十二五'],
  [2015, '十三五'],
  [2020, '十四五'],
  [2025, '十五五'],
]);

/**
 * Imports an indicator table laid out like the documents (title row, one- or two-row header with
 * merged cells, category merged down the rows, 注：/备注： rows at the bottom) from one sheet.
 * Columns are found by their header words, in any order; the kind (main or completion) by the
 * columns present; the years from the headers (2020年基期值, 2015年 …). Returns null when the sheet
 * has no indicator-table header, so a workbook can be searched sheet by sheet, and null when the
 * header has a 单位 column, which this reader has no place for (it would drop every unit): the
 * grid importer reads such a table by meaning (issue 11).
 */
export function importPlanDocumentSheet(
  grid: SheetGrid,
  options: PlanWorkbookOptions,
): Result<PlanBundle> | null {
  const found = readSheetTable(grid, { inheritCategory: true });
  if (found === null || !found.ok) return found;
  const { columns, table } = found.value;
  if (hasUnitColumn(grid, columns)) return null;
  if (options.table && options.table !== columns.kind) {
    return fail(
      `要导入的是${TABLE_KIND_LABELS[options.table]}，但此处表头是${TABLE_KIND_LABELS[columns.kind]}，请选择正确的表格类型`,
      gridLocation(grid, columns.headerStart),
    );
  }
  const defaults = TABLE_DEFAULTS[columns.kind];
  const baseYear = columns.baseYear ?? (columns.targetYear ?? defaults.targetYear) - 5;
  const targetYear = columns.targetYear ?? baseYear + 5;
  return buildSheetBundle(grid, found.value, {
    planId: options.planId,
    fileName: grid.file,
    name: options.name ?? (table.title || '未命名规划'),
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.level === undefined ? {} : { level: options.level }),
    periodLabel: PERIOD_BY_BASE_YEAR.get(baseYear) ?? defaults.periodLabel,
    baseYear,
    targetYear,
    notes: table.notes,
    ...(options.source === undefined ? {} : { source: options.source }),
  });
}

const UNIT_HEADER = /^(计量)?单位$/;

/** A header cell that is a 单位 column of its own (not 「指标（单位）」). */
function hasUnitColumn(grid: SheetGrid, columns: TableColumns): boolean {
  const rows = grid.rows.slice(columns.headerStart, columns.headerEnd + 1);
  return rows.some((row) => row.some((text) => UNIT_HEADER.test(compactHeader(text))));
}

/** Finds the header of a sheet's table and reads its rows; null when there is no header. */
export function readSheetTable(
  grid: SheetGrid,
  options: { readonly inheritCategory: boolean },
): Result<SheetTable> | null {
  const headerRow = findHeaderRow(grid);
  if (headerRow === null) return null;
  const columns = readTableColumns(grid, headerRow);
  if (!columns.ok) return columns;
  const table = readDocumentRows(grid, columns.value, options);
  if (!table.ok) return table;
  if (table.value.rows.length === 0) {
    return fail(
      '表头下没有任何指标行，请检查表格内容',
      gridLocation(grid, columns.value.headerEnd),
    );
  }
  return ok({ columns: columns.value, table: table.value });
}

/**
 * Builds the PlanBundle of a sheet table through buildPlanBundle (so every row is read by
 * buildIndicator, by the same rules as pasted text), then applies 方向, 责任单位 and 备注. Rows'
 * warnings become located Result warnings.
 */
export function buildSheetBundle(
  grid: SheetGrid,
  found: SheetTable,
  settings: SheetPlanSettings,
): Result<PlanBundle> {
  const { columns, table } = found;
  const kind: PlanTableKind = columns.kind;
  const rawTable: RawTable = {
    // A sheet's cells are already separated: the closest of the text layouts.
    layout: 'tabSeparated',
    kind,
    title: table.title,
    header: { hasVerdict: columns.columns.has('verdict'), actualIsFinal: columns.actualIsFinal },
    rows: table.rows.map((row) => row.raw),
    notes: settings.notes,
  };
  const built = buildPlanBundle(rawTable, {
    table: kind,
    planId: settings.planId,
    name: settings.name,
    ...(settings.region === undefined ? {} : { region: settings.region }),
    ...(settings.level === undefined ? {} : { level: settings.level }),
    periodLabel: settings.periodLabel,
    baseYear: settings.baseYear,
    targetYear: settings.targetYear,
    origin: { type: 'file', fileName: settings.fileName },
    fileName: settings.fileName,
    ...(settings.source === undefined ? {} : { source: settings.source }),
  });
  const indicators = applyRowExtras(built.indicators, table.rows, (row) =>
    gridLocation(grid, row.raw.line - 1),
  );
  if (!indicators.ok) return indicators;
  const bundle: PlanBundle = { ...built, indicators: indicators.value };
  return ok(bundle, [...table.skipped, ...indicatorProblems(grid, bundle)]);
}

/** The indicators' import warnings as located problems (file and sheet added). */
export function indicatorProblems(grid: SheetGrid, bundle: PlanBundle): Problem[] {
  return bundle.indicators.flatMap((indicator) =>
    indicator.warnings.map((warning) => ({
      message: warning.message,
      location: {
        file: grid.file,
        sheet: grid.sheet,
        ...(warning.line !== undefined ? { line: warning.line } : {}),
        ...(warning.column !== undefined ? { column: warning.column } : {}),
        ...(warning.cellText !== undefined ? { cellText: warning.cellText } : {}),
      },
    })),
  );
}
