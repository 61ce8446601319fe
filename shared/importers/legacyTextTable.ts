import type { PlanTableKind } from '../domain/plan';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { buildPlanBundle } from './buildPlanBundle';
import { findTableRegion } from './findTableRegion';
import type { ColumnAssignment, ColumnRole } from './columnRole';
import { gridIssues } from './gridIndicators';
import type { RowFate } from './gridRows';
import type { ImportOptions } from './importOptions';
import type { TableImport } from './importPlanGrid';
import { parseTableText } from './parseTableText';
import type { RawTable } from './rawTable';
import { readPlanPeriod } from './readPlanPeriod';
import { isHeaderLine } from './tableHeader';

const CLASSIC: Readonly<Record<PlanTableKind, readonly ColumnRole[]>> = {
  main: ['category', 'name', 'base', 'target', 'growth', 'attribute'],
  completion: [
    'category',
    'name',
    'base',
    'actual',
    'target',
    'actualGrowth',
    'growth',
    'attribute',
    'verdict',
  ],
};

/**
 * True when a table's columns are those of the three source documents ([类别] [分组] 指标, the
 * value columns in their order, 属性 [完成情况]): their dedicated layout readers (page-break
 * continuations, broken category labels, wrapped PDF rows) then read it, as they always have.
 */
export function isClassicLayout(
  columns: readonly ColumnAssignment[],
  kind: PlanTableKind,
): boolean {
  const roles = columns
    .filter((item) => !(item.role === 'keep' && item.header === ''))
    .map((item) => item.role)
    .filter((role) => role !== 'ignore' && role !== 'group' && role !== 'category');
  const expected = CLASSIC[kind].filter((role) => role !== 'category');
  const withoutVerdict = expected.filter((role) => role !== 'verdict');
  const same = (list: readonly ColumnRole[]) =>
    list.length === roles.length && list.every((role, index) => roles[index] === role);
  return same(expected) || (kind === 'completion' && same(withoutVerdict));
}

/**
 * Reads a text with the source-document layout readers (parseTableText) and describes the result
 * as a TableImport: the classic columns, the rows as a grid (so the review screen can reassign a
 * column and read it again through importPlanGrid), and the fate of every line.
 */
export function importLegacyText(text: string, options: ImportOptions): Result<TableImport> {
  const table = parseTableText(text, options.table);
  if (!table.ok) return table;
  const lines = text.split(/\r\n|\r|\n/);
  const headerTexts = lines.filter((line) => isHeaderLine(line)).slice(0, 6);
  const period = readPlanPeriod({
    kind: options.table,
    title: table.value.title || firstShortLine(lines),
    headers: headerTexts,
    given: {
      ...(options.periodLabel ? { periodLabel: options.periodLabel } : {}),
      ...(options.baseYear ? { baseYear: options.baseYear } : {}),
      ...(options.targetYear ? { targetYear: options.targetYear } : {}),
    },
  });
  const bundle = buildPlanBundle(table.value, {
    ...options,
    periodLabel: period.periodLabel,
    baseYear: period.baseYear,
    targetYear: period.targetYear,
  });
  const columns = classicColumns(table.value, period.baseYear, period.targetYear);
  const rows = table.value.rows;
  const fates = legacyFates(lines, table.value, findTableRegion(lines, options.table).titleLine);
  if (rows.length === 0) return fail('表格中没有指标行', { line: 1 });
  const grid = {
    title: table.value.title,
    notes: table.value.notes,
    rows: [
      columns.map((item) => item.header),
      ...rows.map((row) => [
        row.category,
        row.rawName,
        ...row.cells,
        row.attribute,
        ...(table.value.header.hasVerdict ? [row.verdict] : []),
      ]),
    ],
    lines: [Math.max(1, (rows[0]?.line ?? 2) - 1), ...rows.map((row) => row.line)],
  };
  return ok({
    bundle,
    columns,
    headerRows: [0],
    fates,
    period,
    issues: gridIssues({ columns, fates, period, bundle }),
    grid,
  });
}

function classicColumns(table: RawTable, baseYear: number, targetYear: number): ColumnAssignment[] {
  const headers: Readonly<Record<PlanTableKind, readonly string[]>> = {
    main: ['类别', '指标', `${baseYear}年基期值`, `${targetYear}年目标值`, '年均/累计增长', '属性'],
    completion: [
      '类别',
      '指标',
      `${baseYear}年`,
      `${targetYear}年实际数`,
      `${targetYear}年规划目标`,
      '实际累计或年均增长',
      '规划累计或年均增长',
      '属性',
      '完成情况',
    ],
  };
  const count = table.kind === 'completion' && !table.header.hasVerdict ? 8 : undefined;
  return CLASSIC[table.kind].slice(0, count).map((role, column) => ({
    column,
    role,
    header: headers[table.kind][column] ?? '',
    year: role === 'base' ? baseYear : role === 'target' || role === 'actual' ? targetYear : null,
    source: 'header',
  }));
}

/**
 * Every line of the text that holds something: the lines of each indicator row (from its first
 * line to the next row's), headers, notes, and lines with figures outside any row (left out).
 */
function legacyFates(lines: readonly string[], table: RawTable, titleLine: number): RowFate[] {
  const starts = table.rows.map((row) => row.line).filter((line) => line > 0);
  const first = Math.min(...starts);
  // Indicator rows are numbered as in the grid importLegacyText builds (row 0 the header), so a
  // row the user drops is found there; other lines are not in that grid (negative rows).
  const fates: RowFate[] = table.rows.map((row, index) => ({
    row: index + 1,
    line: row.line,
    text: [row.category, row.rawName, ...row.cells, row.attribute].filter(Boolean).join(' '),
    fate: 'indicator',
    reason: row.warnings.map((warning) => warning.message).join('；'),
  }));
  // Between the table's title (or the text's start) and its first row: the header, or lines the
  // readers passed over. The rest of a whole document is not the table.
  lines.slice(titleLine, Math.max(titleLine, first - 1)).forEach((raw, offset) => {
    const line = titleLine + offset + 1;
    const text = raw.trim();
    if (text === '') return;
    if (isHeaderLine(text)) fates.push({ row: -line, line, text, fate: 'header', reason: '' });
    else if (/\d/.test(text) && !/^#|十[一二三四五六]五/.test(text))
      fates.push({ row: -line, line, text, fate: 'leftOut', reason: '在表头之前，未读作指标行' });
  });
  return fates.sort((a, b) => a.line - b.line);
}

/** A pasted table's first line when it reads as a title (short, not a header or a row). */
function firstShortLine(lines: readonly string[]): string {
  const first = lines.find((line) => line.trim() !== '')?.trim() ?? '';
  return first.length <= 60 && !first.includes('\t') && !isHeaderLine(first) ? first : '';
}
