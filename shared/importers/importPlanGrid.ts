import type { PlanTableKind } from '../domain/plan';
import type { PlanBundle } from '../domain/planBundle';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { buildPlanBundle } from './buildPlanBundle';
import { classifyColumns, headerLabels } from './classifyColumns';
import type { ColumnAssignment, GridOverrides } from './columnRole';
import { COLUMN_ROLE_LABELS } from './columnRole';
import { finishGridIndicators, finishRawTable, gridIssues } from './gridIndicators';
import type { ImportIssue } from './gridIndicators';
import { findGridHeader } from './gridHeader';
import { cleanCell, readGridBody } from './gridRows';
import type { GridRow, RowFate } from './gridRows';
import type { ImportOptions } from './importOptions';
import type { RawTable } from './rawTable';
import { readPlanPeriod } from './readPlanPeriod';
import type { PlanPeriod } from './readPlanPeriod';
import { joinNotesLines, splitNoteItems } from './tableNotes';

/**
 * A table as cells, the one input every reader ends in (issue 11): text layouts (tabs, pipes, one
 * cell per line), Excel sheets, Word/HTML tables and PDF text rebuilt into rows all become this.
 */
export type PlanGrid = {
  /** rows × columns of cell texts; a merged cell's text is repeated in every cell it covers. */
  readonly rows: readonly (readonly string[])[];
  /** 1-based source line (text) or row (sheet) of each grid row; default row + 1. */
  readonly lines?: readonly number[];
  /** The table's title when the reader found it outside the grid (a docx heading, a sheet name). */
  readonly title?: string;
  /** Text around the table (the document), searched for the period and 约束性 notes. */
  readonly context?: string;
  /** Notes found outside the grid (注：… under a Word table). */
  readonly notes?: readonly string[];
};

/** What the grid importer read: the plan and everything the review screen shows. */
export type TableImport = {
  readonly bundle: PlanBundle;
  /** Every column's role, with the header it came from. */
  readonly columns: readonly ColumnAssignment[];
  /** 0-based grid rows of the header. */
  readonly headerRows: readonly number[];
  /** Every row holding text: indicator, category, group, header, title, notes or left out (why). */
  readonly fates: readonly RowFate[];
  readonly period: PlanPeriod;
  /** Table-level findings; `error`s must be accepted by the user before saving. */
  readonly issues: readonly ImportIssue[];
  /** The grid read, so the review screen can read it again with the user's overrides. */
  readonly grid: PlanGrid;
};

export type GridImportOptions = ImportOptions & { readonly overrides?: GridOverrides };

/**
 * Imports a plan table from a grid of cells: finds the header (or takes the user's), gives every
 * column a role by its header words and values (classifyColumns), reads the period from the
 * title and header, reads the rows (categories and sub-groups as rows or columns, units as a
 * column or in the name, footnote marks, missing attributes) and builds the bundle through
 * buildPlanBundle, as text imports do. Pure; never throws.
 */
export function importPlanGrid(grid: PlanGrid, options: GridImportOptions): Result<TableImport> {
  const kind: PlanTableKind = options.table;
  const rows = grid.rows.map((row) => row.map((cell) => String(cell ?? '')));
  const overrides = options.overrides ?? {};
  const lines = grid.lines ?? rows.map((_, index) => index + 1);
  const { headerRows, bodyStart } = locateHeader(rows, overrides);
  const labels = headerLabels(
    headerRows.map((row) => (rows[row] ?? []).map(cleanCell)),
    gridWidth(rows),
  );
  const title = grid.title ?? titleAbove(rows, headerRows[0] ?? bodyStart);
  const period = readPlanPeriod({
    kind,
    title: `${title} ${grid.context ?? ''}`,
    headers: labels,
    given: givenPeriod(options),
  });
  const body = rows
    .slice(bodyStart)
    .filter((_, index) => !overrides.dropRows?.includes(index + bodyStart));
  const columns = applyOverrides(classifyColumns(labels, body, kind, period), overrides);
  const missing = missingColumns(columns, kind);
  if (missing) {
    return fail(missing, {
      line: lines[headerRows[0] ?? 0] ?? 1,
      ...fileLocation(options),
      cellText: labels.filter(Boolean).join(' ').slice(0, 80),
    });
  }
  const read = readGridBody(rows, bodyStart, {
    columns,
    kind,
    lines,
    drop: new Set(overrides.dropRows ?? []),
    hasCategoryColumn: columns.some((item) => item.role === 'category'),
  });
  if (read.rows.length === 0) {
    return fail('表头下没有读到任何指标行：请检查表格内容或列的对应关系', {
      line: lines[bodyStart] ?? bodyStart + 1,
      ...fileLocation(options),
    });
  }
  const notes = [...(grid.notes ?? []), ...splitNoteItems(joinNotesLines(read.noteLines))];
  const table = rawTable(kind, title, columns, read.rows, notes);
  const built = buildPlanBundle(finishRawTable(table, read.rows, notes, columns), {
    ...options,
    periodLabel: period.periodLabel,
    baseYear: period.baseYear,
    targetYear: period.targetYear,
  });
  const bundle = { ...built, indicators: finishGridIndicators(built.indicators, read.rows, notes) };
  const fates = [...titleFates(rows, lines, headerRows, bodyStart), ...read.fates];
  const issues = gridIssues({ columns, fates, period, bundle });
  return ok({ bundle, columns, headerRows, fates, period, issues, grid });
}

/** The widest row's number of cells. */
function gridWidth(rows: readonly (readonly string[])[]): number {
  return Math.max(0, ...rows.map((row) => row.length));
}

/** The header rows (the user's, else those found) and the first row under them. */
function locateHeader(
  rows: readonly (readonly string[])[],
  overrides: GridOverrides,
): { headerRows: readonly number[]; bodyStart: number } {
  const found = findGridHeader(rows);
  const headerRows = overrides.headerRows ?? found.rows;
  const bodyStart = headerRows.length > 0 ? Math.max(...headerRows) + 1 : found.bodyStart;
  return { headerRows, bodyStart };
}

function fileLocation(options: ImportOptions): { file?: string } {
  return options.fileName ? { file: options.fileName } : {};
}

/** The rows read as the raw table that text imports also build from. */
function rawTable(
  kind: PlanTableKind,
  title: string,
  columns: readonly ColumnAssignment[],
  rows: readonly GridRow[],
  notes: readonly string[],
): RawTable {
  const actualHeader = columns.find((item) => item.role === 'actual')?.header ?? '';
  return {
    layout: 'tabSeparated',
    kind,
    title,
    header: {
      hasVerdict: columns.some((item) => item.role === 'verdict'),
      actualIsFinal: !/预期|预计/.test(actualHeader),
    },
    rows: rows.map((row) => row.raw),
    notes,
  };
}

function givenPeriod(options: ImportOptions) {
  return {
    ...(options.periodLabel ? { periodLabel: options.periodLabel } : {}),
    ...(options.baseYear ? { baseYear: options.baseYear } : {}),
    ...(options.targetYear ? { targetYear: options.targetYear } : {}),
  };
}

function applyOverrides(columns: ColumnAssignment[], overrides: GridOverrides): ColumnAssignment[] {
  const chosen = overrides.columns ?? {};
  return columns.map((item) => {
    const role = chosen[item.column];
    return role ? { ...item, role, source: 'user' } : item;
  });
}

function missingColumns(columns: readonly ColumnAssignment[], kind: PlanTableKind): string | null {
  const has = (role: ColumnAssignment['role']) => columns.some((item) => item.role === role);
  const described = columns
    .map(
      (item) =>
        `第${item.column + 1}列「${item.header || '（无表头）'}」→${COLUMN_ROLE_LABELS[item.role]}`,
    )
    .join('，');
  if (!has('name')) {
    return `找不到「指标名称」列（各列识别为：${described}）。请在复核界面或用 --map 指定哪一列是指标名称`;
  }
  const needed = kind === 'main' ? ['target', 'growth'] : ['target', 'actual'];
  if (!needed.some((role) => has(role as ColumnAssignment['role']))) {
    return `找不到「目标值」列（各列识别为：${described}）。请在复核界面或用 --map 指定目标值所在的列`;
  }
  return null;
}

function titleAbove(rows: readonly (readonly string[])[], headerStart: number): string {
  for (let index = headerStart - 1; index >= 0; index -= 1) {
    const texts = [...new Set((rows[index] ?? []).map(cleanCell).filter(Boolean))];
    if (texts.length > 0)
      return texts
        .join(' ')
        .replace(/^#+\s*/, '')
        .trim();
  }
  return '';
}

function titleFates(
  rows: readonly (readonly string[])[],
  lines: readonly number[],
  headerRows: readonly number[],
  bodyStart: number,
): RowFate[] {
  const fates: RowFate[] = [];
  for (let index = 0; index < bodyStart; index += 1) {
    const text = [...new Set((rows[index] ?? []).map(cleanCell).filter(Boolean))].join(' ');
    if (text === '') continue;
    const isHeader = headerRows.includes(index);
    fates.push({
      row: index,
      line: lines[index] ?? index + 1,
      text,
      fate: isHeader ? 'header' : 'title',
      reason: isHeader ? '' : '表头上方的标题或说明',
    });
  }
  return fates;
}
