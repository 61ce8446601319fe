import type { PlanTableKind } from '../domain/plan';
import { normaliseCellText } from '../parsing/normaliseCellText';
import { parseAttribute } from '../parsing/parseAttribute';
import type { ColumnAssignment, ColumnRole } from './columnRole';
import type { PlanPeriod } from './readPlanPeriod';

type HeaderRole = ColumnRole | 'year' | 'actualOrBase' | null;

// Header words per role, tried in order (DOMAIN.md「The main indicator table」, issue 11 item 3):
// 「指标属性」 is an attribute before it is a name, 「年均增长(%)实际」 growth before actual,
// 「2035年远景目标」 kept before it is a target.
const HEADER_RULES: readonly (readonly [RegExp, HeaderRole])[] = [
  [/^(序号|编号|序|No\.?)$/i, 'seq'],
  [/属性|性质/, 'attribute'],
  [/完成情况|完成评价/, 'verdict'],
  [/方向/, 'direction'],
  [/责任单位|责任部门|牵头单位|责任主体/, 'departments'],
  [/备注|说明/, 'remarks'],
  [/远景/, 'keep'],
  [/^(计量)?单位$/, 'unit'],
  [/类别|领域|分类|类型|方面/, 'category'],
  [
    /(增长|增速|增幅|年均|累计).*(实际|预期值|预计)|实际.*(增长|增速|增幅|年均|累计)/,
    'actualGrowth',
  ],
  [/增长|增速|增幅|年均|累计/, 'growth'],
  [/基期|基数|现状|基年/, 'base'],
  // 「2025年完成」「完成」「执行数」「实绩」: what was achieved, as 实际 says.
  [/实际|完成值|完成数|年完成$|^完成$|执行数|实绩|预计数|预计完成|预期值|实现/, 'actualOrBase'],
  [/目标|规划|预期|计划/, 'target'],
  [/指标|项目|名称|内容/, 'name'],
  [/^[“”"]?(?:19|20)\d{2}年?(?:数|值|末)?$/, 'year'],
];

/** Compact form of a header: half-width, no spaces or quotes around 十四五. */
export function compactLabel(text: string): string {
  return normaliseCellText(text).replace(/[\s“”"]/g, '');
}

/**
 * The header text of each column: the texts of the header rows from top to bottom, a merged cell
 * repeated over columns counted once per column (`“十四五”目标` over `2025年` → `“十四五”目标 2025年`).
 */
export function headerLabels(headerRows: readonly (readonly string[])[], width: number): string[] {
  return Array.from({ length: width }, (_, column) => {
    const parts: string[] = [];
    for (let index = 0; index < headerRows.length; index += 1) {
      const text = normaliseCellText(spannedText(headerRows, index, column));
      if (text !== '' && parts.at(-1) !== text) parts.push(text);
    }
    return parts.join(' ');
  });
}

/**
 * A header cell's text; an empty cell of an upper header row over a filled lower cell continues
 * the group label on its left (text tables write a merged `2020年` once, over `预期值 | 规划目标`).
 */
function spannedText(rows: readonly (readonly string[])[], index: number, column: number): string {
  const row = rows[index] ?? [];
  const own = row[column] ?? '';
  if (own.trim() !== '' || index === rows.length - 1) return own;
  if ((rows[index + 1]?.[column] ?? '').trim() === '') return own;
  for (let left = column - 1; left >= 0; left -= 1) {
    const text = row[left] ?? '';
    if (text.trim() !== '') return (rows[index + 1]?.[left] ?? '').trim() !== '' ? text : '';
  }
  return own;
}

/** The role the header words alone give a column. */
export function roleOfHeader(label: string): HeaderRole {
  const compact = compactLabel(label);
  if (compact === '') return null;
  return HEADER_RULES.find(([pattern]) => pattern.test(compact))?.[1] ?? null;
}

/**
 * Gives every column a role from its header and, where the header says nothing, from its values
 * (属性 words, 1 2 3 …, units, numbers). Years are read against the period: the base year is the
 * base, the target year the target, other years (2035 远景, 十三五 actuals) are kept.
 */
export function classifyColumns(
  labels: readonly string[],
  body: readonly (readonly string[])[],
  kind: PlanTableKind,
  period: PlanPeriod,
): ColumnAssignment[] {
  const assignments = labels.map((label, column): ColumnAssignment => {
    const year = yearOf(label);
    const role = resolveYear(roleOfHeader(label), year, kind, period);
    return {
      column,
      role: role ?? 'ignore',
      header: label,
      year,
      source: role ? 'header' : 'values',
    };
  });
  inferFromValues(assignments, body);
  return settleDuplicates(assignments);
}

function yearOf(label: string): number | null {
  const match = /(?:19|20)\d{2}/.exec(label);
  return match ? Number(match[0]) : null;
}

function resolveYear(
  role: HeaderRole,
  year: number | null,
  kind: PlanTableKind,
  period: PlanPeriod,
): ColumnRole | null {
  if (role === 'year') {
    if (year === period.baseYear) return 'base';
    if (year === period.targetYear) return 'target';
    return 'keep';
  }
  if (role === 'actualOrBase') {
    if (kind === 'completion') return 'actual';
    // An annual plan's 「2023年实际」 is the base of 2024's targets; 十三五 actuals are kept.
    return year === period.baseYear ? 'base' : 'keep';
  }
  if (role === 'actualGrowth' && kind === 'main') return 'keep';
  // A target of another year (2035年远景目标, 2023年目标 in a 十四五 table) is kept, not evaluated.
  if (role === 'target' && year !== null && year !== period.targetYear) return 'keep';
  return role;
}

/** An attribute cell (parseAttribute), or a dash where a row has none. */
const isAttributeValue = (value: string): boolean =>
  parseAttribute(value) !== null || /^[-—]+$/.test(value);
const UNIT_VALUE =
  /^[(（]?(亿元|万元|元|%|‰|万人|人|个|岁|年|亩|吨|万吨|公顷|平方米|平方公里|千米|公里|万千瓦|千瓦时|[^\d\s]{0,4}[/／][^\d\s]{1,4}|[^\d\s]{0,3}(元|人|吨|米|个|张|床|家|所|户|次|天|辆|标准煤|公顷))[)）]?$/;
const VALUE_LIKE =
  /^[[\]〔〕()（）\s+\-—<>≤≥*＊]*[\d０-９]|^(--|—|-|\/|)$|左右|以[上下内]|下降|提高|稳定|实现/;

/** Columns whose header says nothing get a role from their values. */
function inferFromValues(assignments: ColumnAssignment[], body: readonly (readonly string[])[]) {
  const texts: number[] = [];
  for (const [index, item] of assignments.entries()) {
    if (item.source !== 'values') continue;
    const values = body.map((row) => normaliseCellText(row[item.column] ?? '')).filter(Boolean);
    if (values.length === 0) continue;
    const role = roleOfValues(values, index, assignments);
    if (role === 'text') texts.push(index);
    assignments[index] = { ...item, role: role === 'text' ? 'keep' : role };
  }
  assignTextColumns(assignments, texts);
}

function roleOfValues(
  values: readonly string[],
  index: number,
  assignments: readonly ColumnAssignment[],
): ColumnRole | 'text' {
  const has = (role: ColumnRole) => assignments.some((item) => item.role === role);
  const share = (test: (value: string) => boolean) => values.filter(test).length / values.length;
  const isAttribute = share(isAttributeValue) >= 0.8 && values.some((v) => /预期|约束/.test(v));
  if (isAttribute && !has('attribute')) return 'attribute';
  if (index === 0 && isSequence(values)) return 'seq';
  if (share((value) => UNIT_VALUE.test(value)) >= 0.7 && !has('unit')) return 'unit';
  if (share((value) => VALUE_LIKE.test(value)) >= 0.6) return nextValueRole(assignments);
  return 'text';
}

/**
 * Text columns found by their values: without a named 指标 column, the last text column before
 * the first value column is the name; text columns before the name are the category, then groups.
 */
function assignTextColumns(assignments: ColumnAssignment[], texts: readonly number[]) {
  let nameAt = assignments.findIndex((item) => item.role === 'name');
  if (nameAt < 0) {
    const firstValue = assignments.findIndex((item) => VALUE_ROLES.includes(item.role));
    const before = texts.filter((index) => firstValue < 0 || index < firstValue);
    nameAt = before.at(-1) ?? texts[0] ?? -1;
    const item = assignments[nameAt];
    if (item) assignments[nameAt] = { ...item, role: 'name' };
  }
  let hasCategory = assignments.some((item) => item.role === 'category');
  for (const index of texts) {
    const item = assignments[index];
    if (!item || index >= nameAt || index === nameAt) continue;
    assignments[index] = { ...item, role: hasCategory ? 'group' : 'category' };
    hasCategory = true;
  }
}

const VALUE_ROLES: readonly ColumnRole[] = ['base', 'target', 'growth', 'actual', 'actualGrowth'];

function isSequence(values: readonly string[]): boolean {
  const numbers = values.filter((value) => /^\d{1,3}[.、]?$/.test(value)).map((v) => parseInt(v));
  if (numbers.length < Math.max(2, values.length * 0.6)) return false;
  return numbers.every((number, index) => index === 0 || number > (numbers[index - 1] ?? 0));
}

function nextValueRole(assignments: readonly ColumnAssignment[]): ColumnRole {
  const order: ColumnRole[] = ['base', 'target', 'growth'];
  return order.find((role) => !assignments.some((item) => item.role === role)) ?? 'keep';
}

const SINGLE_ROLES: readonly ColumnRole[] = [
  'category',
  'unit',
  'base',
  'target',
  'growth',
  'actual',
  'actualGrowth',
  'verdict',
  'attribute',
  'direction',
  'departments',
  'remarks',
  'seq',
];

/**
 * Several name columns (a merged 指标 over group and name): the last is the name, the others are
 * groups. A second base, target … column is kept, not evaluated.
 */
function settleDuplicates(assignments: readonly ColumnAssignment[]): ColumnAssignment[] {
  const names = assignments.filter((item) => item.role === 'name');
  const lastName = names.at(-1)?.column;
  const seen = new Set<ColumnRole>();
  return assignments.map((item) => {
    if (item.role === 'name' && item.column !== lastName) return { ...item, role: 'group' };
    if (!SINGLE_ROLES.includes(item.role)) return item;
    if (seen.has(item.role)) return { ...item, role: 'keep' };
    seen.add(item.role);
    return item;
  });
}
