import type { PlanTableKind } from '../domain/plan';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { normaliseCellText } from '../parsing/normaliseCellText';
import { isHeaderLine } from './tableHeader';
import { distinctTexts, gridLocation } from './xlsxPlanSheetGrid';
import type { SheetGrid } from './xlsxPlanSheetGrid';

/** What a column of an indicator table holds, found from its header text. */
export type ColumnKey =
  | 'order'
  | 'category'
  | 'name'
  | 'base'
  | 'actual'
  | 'target'
  | 'actualGrowth'
  | 'growth'
  | 'verdict'
  | 'attribute'
  | 'direction'
  | 'departments'
  | 'remarks';

/** The header of an indicator table in a sheet: where it is and which column holds what. */
export type TableColumns = {
  /** 0-based rows of the header (one or two rows). */
  readonly headerStart: number;
  readonly headerEnd: number;
  readonly kind: PlanTableKind;
  /** Columns (0-based) per key; only `name` may have several (a merged 指标 over group and name). */
  readonly columns: ReadonlyMap<ColumnKey, readonly number[]>;
  /** Year written in the base and target (or actual) column headers, when given. */
  readonly baseYear: number | null;
  readonly targetYear: number | null;
  /** The target-year column says 实际数 (final) rather than 预期值 (estimates). */
  readonly actualIsFinal: boolean;
};

const NAME_CELL = /^(主要)?指标(名称)?(\((含)?单位\))?$/;
const OTHER_HEADER_CELL = /属性|基期|目标|增长|类别|完成情况/;
const SUBHEADER_CELL =
  /^((19|20)\d{2}年?)?(基期值?|目标值?|规划目标|规划值?|实际数?|实际值|预期值?|预计数?|完成值?|\(%\)|%)$/;

// Display names of the required columns, for the「缺少列」message.
const REQUIRED_LABELS: Readonly<Record<PlanTableKind, readonly [ColumnKey, string][]>> = {
  main: [
    ['name', '指标'],
    ['base', '基期值'],
    ['target', '目标值'],
    ['growth', '年均/累计增长(%)'],
    ['attribute', '属性'],
  ],
  completion: [
    ['name', '指标'],
    ['base', '基期值'],
    ['actual', '实际数'],
    ['target', '规划目标'],
    ['actualGrowth', '实际累计或年均增长'],
    ['growth', '规划累计或年均增长'],
    ['attribute', '属性'],
  ],
};

/** Compact form of a header cell: half-width, no spaces. */
export function compactHeader(text: string): string {
  return normaliseCellText(text).replace(/\s+/g, '');
}

/** The 0-based row of the first indicator-table header (a 指标 cell beside 属性/基期/目标…), or null. */
export function findHeaderRow(grid: SheetGrid): number | null {
  for (let row = 0; row < grid.rows.length; row += 1) {
    const texts = distinctTexts(grid.rows[row] ?? []).map(compactHeader);
    if (texts.length < 3) continue;
    if (texts.some((text) => NAME_CELL.test(text)) && texts.some((t) => OTHER_HEADER_CELL.test(t)))
      return row;
  }
  return null;
}

/**
 * Reads the header starting at `headerRow`: one row, or two when the next row holds only
 * sub-headers (实际数 / 规划目标 under a merged 2020年, 基期值 under 2020年). Columns are found by their
 * header words, not their positions; a missing required column is named in the error.
 */
export function readTableColumns(grid: SheetGrid, headerRow: number): Result<TableColumns> {
  const top = grid.rows[headerRow] ?? [];
  const next = grid.rows[headerRow + 1] ?? [];
  const isTwoRows = isSubheaderRow(top, next);
  const columns = new Map<ColumnKey, number[]>();
  const labels: string[] = [];
  const yearColumns: number[] = [];
  top.forEach((text, column) => {
    const below = isTwoRows ? (next[column] ?? '') : '';
    const label = compactHeader(below !== '' && below !== text ? `${text}${below}` : text);
    labels[column] = label;
    const key = classifyHeader(label);
    if (key === 'year') yearColumns.push(column);
    else if (key) addColumn(columns, key, column);
  });
  assignYearColumns(columns, yearColumns);
  const kind = tableKind(columns);
  const missing = REQUIRED_LABELS[kind].filter(([key]) => !columns.has(key));
  if (missing.length > 0) {
    return fail(
      `${kind === 'main' ? '主要指标表' : '完成情况表'}缺少以下列：${missing.map(([, label]) => label).join('、')}。请检查表头的列名`,
      { ...gridLocation(grid, headerRow), cellText: distinctTexts(top).join(' ') },
    );
  }
  const yearOf = (key: ColumnKey) => readYear(labels[columns.get(key)?.[0] ?? -1] ?? '');
  return ok({
    headerStart: headerRow,
    headerEnd: isTwoRows ? headerRow + 1 : headerRow,
    kind,
    columns,
    baseYear: yearOf('base'),
    targetYear: yearOf('target') ?? yearOf('actual'),
    actualIsFinal: !/预期|预计/.test(labels[columns.get('actual')?.[0] ?? -1] ?? ''),
  });
}

/** Bare year columns (`2015年` merged down the header) are the base, then the target. */
function assignYearColumns(columns: Map<ColumnKey, number[]>, yearColumns: readonly number[]) {
  for (const column of yearColumns) {
    if (!columns.has('base')) columns.set('base', [column]);
    else if (!columns.has('target')) columns.set('target', [column]);
  }
}

function tableKind(columns: ReadonlyMap<ColumnKey, unknown>): PlanTableKind {
  return columns.has('actual') || columns.has('verdict') || columns.has('actualGrowth')
    ? 'completion'
    : 'main';
}

function addColumn(columns: Map<ColumnKey, number[]>, key: ColumnKey, column: number): void {
  const existing = columns.get(key);
  if (!existing) columns.set(key, [column]);
  else if (key === 'name') existing.push(column);
}

function isSubheaderRow(top: readonly string[], next: readonly string[]): boolean {
  let hasSubheader = false;
  for (let column = 0; column < next.length; column += 1) {
    const text = next[column] ?? '';
    if (text === '' || text === top[column]) continue;
    const compact = compactHeader(text);
    if (!SUBHEADER_CELL.test(compact) && !isHeaderLine(text)) return false;
    hasSubheader = true;
  }
  return hasSubheader;
}

// Header words per column, tried in order: 「年均/累计增长(%)实际」 is growth before actual.
const HEADER_RULES: readonly (readonly [RegExp, ColumnKey])[] = [
  [/序号|编号/, 'order'],
  [/类别|领域/, 'category'],
  [/完成情况/, 'verdict'],
  [/属性/, 'attribute'],
  [/方向/, 'direction'],
  [/责任单位|责任部门|牵头单位/, 'departments'],
  [/备注|说明/, 'remarks'],
  [/(增长|增速|增幅).*实际|实际.*(增长|增速|增幅)/, 'actualGrowth'],
  [/增长|增速|增幅/, 'growth'],
  [/实际|预期值|预计数|完成值/, 'actual'],
  [/基期/, 'base'],
  [/目标|规划/, 'target'],
  [/指标/, 'name'],
];

/** The key of a header text, 'year' for a bare year (`2015年`), or null for an unknown column. */
export function classifyHeader(label: string): ColumnKey | 'year' | null {
  if (label === '') return null;
  const rule = HEADER_RULES.find(([pattern]) => pattern.test(label));
  if (rule) return rule[1];
  return /^(19|20)\d{2}年?$/.test(label) ? 'year' : null;
}

function readYear(label: string): number | null {
  const match = /(19|20)\d{2}/.exec(label);
  return match ? Number(match[0]) : null;
}
