import type { ActualValue, Measure, ValueStatus } from '../domain/actualValue';
import type { IndicatorId } from '../domain/ids';
import type { Indicator } from '../domain/indicator';
import type { Plan } from '../domain/plan';
import { ok } from '../lib/result';
import type { Problem, Result, SourceLocation } from '../lib/result';
import { readStatusCell, readValueCell } from './xlsxDataTemplateCell';
import type { StatusCellReading, ValueCellReading } from './xlsxDataTemplateCell';
import {
  DATA_SHEET_NAME,
  DEFAULT_NEW_STATUS,
  TEMPLATE_OPEN_OPTIONS,
} from './xlsxDataTemplateLayout';
import { readTemplateMeta } from './xlsxDataTemplateMeta';
import type { TemplateMeta } from './xlsxDataTemplateMeta';
import { readTemplateRows } from './xlsxDataTemplateSheet';
import type { TemplateInputCell, TemplateRow, TemplateRowBlock } from './xlsxDataTemplateSheet';
import { openWorkbook } from './xlsxOpenWorkbook';

/** How one filled cell compares with the database. */
export type TemplateCellKind = 'new' | 'changed' | 'unchanged' | 'invalid';

/** One filled value (indicator, year, measure) of the template, as the preview lists it. */
export type TemplateCellEntry = {
  readonly kind: TemplateCellKind;
  /** Null when the row's id is missing or not in the plan. */
  readonly indicatorId: IndicatorId | null;
  readonly indicatorName: string;
  readonly year: number;
  /** What the cell holds: the year's level or growth, or a part-year's (decision 0045). */
  readonly measure: Measure;
  /** A1 address of the value cell (or of the status cell when only that is wrong). */
  readonly address: string;
  /** File, sheet, 1-based row, column header and cell text. */
  readonly location: SourceLocation;
  /** The stored value before the import (null for new or invalid). */
  readonly before: ActualValue | null;
  /** The value after the import (null for invalid). */
  readonly after: ActualValue | null;
  /** Why the cell is invalid, in Chinese; null otherwise. */
  readonly reason: string | null;
};

/** The preview of a filled template, shown before anything is written (issue 5). */
export type TemplatePreview = {
  readonly fileName: string;
  /** The template's department, '' for the all-indicator template. */
  readonly department: string;
  readonly years: readonly number[];
  readonly entries: readonly TemplateCellEntry[];
  readonly counts: Readonly<Record<TemplateCellKind, number>>;
  /** The rows to write on confirmation: the new and changed values. */
  readonly toWrite: readonly ActualValue[];
};

type Context = {
  readonly fileName: string;
  readonly meta: TemplateMeta;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly existing: ReadonlyMap<string, ActualValue>;
};

/**
 * Reads a filled data template and compares it with the stored values (issue 5「Department
 * templates」): per filled cell new / changed (old → new) / unchanged / invalid (with the
 * reason). A blank value cell never clears a stored value. Wrong files (too large, not xlsx,
 * damaged, another plan, edited headers, merged cells) give one located Chinese error; deleted
 * rows are reported as warnings. Never throws.
 */
export function importDataTemplate(
  bytes: Uint8Array,
  fileName: string,
  plan: Plan,
  indicators: readonly Indicator[],
  existingValues: readonly ActualValue[],
): Result<TemplatePreview> {
  const workbook = openWorkbook(bytes, fileName, TEMPLATE_OPEN_OPTIONS);
  if (!workbook.ok) return workbook;
  const meta = readTemplateMeta(workbook.value, fileName, plan);
  if (!meta.ok) return meta;
  const rows = readTemplateRows(workbook.value, fileName, meta.value);
  if (!rows.ok) return rows;
  const context: Context = {
    fileName,
    meta: meta.value,
    indicators: new Map(indicators.map((indicator) => [indicator.id as string, indicator])),
    existing: indexExisting(existingValues),
  };
  const { entries, firstRowOf } = compareRows(rows.value, context);
  const counts = { new: 0, changed: 0, unchanged: 0, invalid: 0 };
  const toWrite: ActualValue[] = [];
  for (const entry of entries) {
    counts[entry.kind] += 1;
    if ((entry.kind === 'new' || entry.kind === 'changed') && entry.after)
      toWrite.push(entry.after);
  }
  const preview = { fileName, department: meta.value.department, years: meta.value.years };
  return ok({ ...preview, entries, counts, toWrite }, deletedRowWarnings(firstRowOf, context));
}

function indexExisting(values: readonly ActualValue[]): Map<string, ActualValue> {
  return new Map(
    values.map((value) => [valueKey(value.indicatorId, value.year, value.measure), value]),
  );
}

function valueKey(indicatorId: string, year: number, measure: Measure): string {
  return `${indicatorId}\u0000${year}\u0000${measure}`;
}

/** The entries of every row, and the first row of each indicator id met. */
function compareRows(
  rows: Iterable<TemplateRow>,
  context: Context,
): { entries: TemplateCellEntry[]; firstRowOf: ReadonlyMap<string, number> } {
  const firstRowOf = new Map<string, number>();
  const entries: TemplateCellEntry[] = [];
  for (const row of rows) {
    const rowProblem = rowProblemOf(row, context, firstRowOf);
    if (row.indicatorId !== '' && !firstRowOf.has(row.indicatorId)) {
      firstRowOf.set(row.indicatorId, row.row);
    }
    for (const cells of row.blocks) entries.push(...compareBlock(row, cells, rowProblem, context));
  }
  return { entries, firstRowOf };
}

/** Why no cell of this row can be imported, or null when the row matches one indicator. */
function rowProblemOf(
  row: TemplateRow,
  context: Context,
  firstRowOf: ReadonlyMap<string, number>,
): string | null {
  if (row.indicatorId === '') {
    return '该行缺少指标编号（隐藏的 A 列），无法确定是哪个指标；请勿修改或删除 A 列，新增指标请先在规划中添加';
  }
  if (!context.indicators.has(row.indicatorId)) {
    return `指标编号「${row.indicatorId}」不在当前规划中（该指标可能已被删除），该行无法导入`;
  }
  const first = firstRowOf.get(row.indicatorId);
  return first === undefined ? null : `与第 ${first} 行是同一指标（编号重复），请只保留一行`;
}

/**
 * The entries of one period: one per filled quantity cell. The status applies to every quantity
 * of the period; a status alone changes the status of the period's stored values.
 */
function compareBlock(
  row: TemplateRow,
  cells: TemplateRowBlock,
  rowProblem: string | null,
  context: Context,
): TemplateCellEntry[] {
  // Plain loops and one reading per cell, no intermediate objects: this runs for every period of
  // every row, most of them blank (issue 16's import timing).
  const readings = cells.quantities.map(({ cell }) => readValueCell(cell));
  const status = readStatusCell(cells.status);
  const first = cells.quantities[0];
  if (!first || (status.kind === 'empty' && readings.every(isEmptyReading))) return [];
  const year = cells.block.year;
  const indicator = rowProblem === null ? context.indicators.get(row.indicatorId) : undefined;
  const firstAt: EntryBase = { row, year, measure: first.column.measure, indicator, context };
  if (!indicator) return [invalid(firstAt, first.cell, rowProblem ?? '')];
  const entries: TemplateCellEntry[] = [];
  cells.quantities.forEach(({ column, cell }, index) => {
    const entry = compareQuantity(row, year, column.measure, cell, readings[index]!, status, {
      indicator,
      context,
    });
    if (entry) entries.push(entry);
  });
  if (status.kind === 'invalid') entries.push(invalid(firstAt, cells.status, status.reason));
  else if (entries.length === 0) {
    entries.push(invalid(firstAt, first.cell, '填写了状态但没有填写数值或增速，请补上或清空状态'));
  }
  return entries;
}

function isEmptyReading(reading: ValueCellReading): boolean {
  return reading.kind === 'empty';
}

/** The entry of one quantity cell of a row that matches an indicator, or null when none. */
function compareQuantity(
  row: TemplateRow,
  year: number,
  measure: Measure,
  cell: TemplateInputCell,
  reading: ValueCellReading,
  status: StatusCellReading,
  { indicator, context }: { readonly indicator: Indicator; readonly context: Context },
): TemplateCellEntry | null {
  const at: EntryBase = { row, year, measure, indicator, context };
  if (reading.kind === 'invalid') return invalid(at, cell, reading.reason);
  if (status.kind === 'invalid') return null;
  const before = context.existing.get(valueKey(indicator.id, year, measure)) ?? null;
  const number = reading.kind === 'number' ? reading.value : before?.value;
  if (number === undefined) return null;
  const after = buildValue(indicator, at, number, chosenStatus(status), before, context);
  return entryOf(at, cell, kindOf(before, after), before, after, null);
}

function chosenStatus(status: StatusCellReading): ValueStatus | null {
  return status.kind === 'status' ? status.status : null;
}

/** The value to store: the stored source and note are kept; a blank status keeps the stored one. */
function buildValue(
  indicator: Indicator,
  at: { readonly year: number; readonly measure: Measure },
  value: number,
  status: ValueStatus | null,
  before: ActualValue | null,
  context: Context,
): ActualValue {
  return {
    indicatorId: indicator.id,
    year: at.year,
    measure: at.measure,
    value,
    status: status ?? before?.status ?? DEFAULT_NEW_STATUS,
    source: before?.source ?? context.meta.department,
    note: before?.note ?? '',
  };
}

function kindOf(before: ActualValue | null, after: ActualValue): TemplateCellKind {
  if (!before) return 'new';
  return before.value === after.value && before.status === after.status ? 'unchanged' : 'changed';
}

type EntryBase = {
  readonly row: TemplateRow;
  readonly year: number;
  readonly measure: Measure;
  readonly indicator: Indicator | undefined;
  readonly context: Context;
};

function invalid(base: EntryBase, cell: TemplateInputCell, reason: string): TemplateCellEntry {
  return entryOf(base, cell, 'invalid', null, null, reason);
}

/**
 * An entry written out field by field: a spread of the common fields followed by four more
 * reshaped each of 10,000 entries one field at a time (issue 16's import timing).
 */
function entryOf(
  base: EntryBase,
  cell: TemplateInputCell,
  kind: TemplateCellKind,
  before: ActualValue | null,
  after: ActualValue | null,
  reason: string | null,
): TemplateCellEntry {
  return {
    indicatorId: base.indicator?.id ?? null,
    indicatorName: base.indicator?.name ?? base.row.name,
    year: base.year,
    measure: base.measure,
    address: cell.address,
    location: {
      file: base.context.fileName,
      sheet: DATA_SHEET_NAME,
      line: base.row.row,
      column: cell.header,
      cellText: cell.text,
    },
    kind,
    before,
    after,
    reason,
  };
}

/** Rows of the exported template whose indicator id no row holds any more. */
function deletedRowWarnings(firstRowOf: ReadonlyMap<string, number>, context: Context): Problem[] {
  const missing = context.meta.indicatorIds.filter((id) => id !== '' && !firstRowOf.has(id));
  if (missing.length === 0) return [];
  const names = missing.map((id) => `「${context.indicators.get(id)?.name ?? id}」`);
  const shown = names.length > 5 ? `${names.slice(0, 5).join('、')}等` : names.join('、');
  return [
    {
      message: `模板中有 ${missing.length} 个指标行被删除：${shown}。这些指标的数据不会导入，如需填报请重新导出模板`,
      location: { file: context.fileName, sheet: DATA_SHEET_NAME },
    },
  ];
}
