import type { ImportWarning } from '../domain/indicator';
import type { PlanTableKind } from '../domain/plan';

/** The three text layouts of the source docs (DOMAIN.md「The main indicator table」). */
export type TableLayout = 'pdfText' | 'webText' | 'tabSeparated';

/** Value columns of a 14th-plan main table, in order. */
export const MAIN_COLUMNS = ['2020年基期值', '2025年目标值', '年均/累计增长'] as const;

/** Value columns of a 13th-plan completion table, in order. */
export const COMPLETION_COLUMNS = [
  '2015年',
  '2020年实际数',
  '2020年规划目标',
  '实际累计或年均增长',
  '规划累计或年均增长',
] as const;

/**
 * One row as cut out of the text, before any meaning is given to the cells: the category, the
 * name cell as written (unit included), the value cells in column order, attribute and verdict.
 */
export type RawRow = {
  /** 1-based line in the input text where the row starts. */
  readonly line: number;
  readonly category: string;
  readonly rawName: string;
  /** MAIN_COLUMNS or COMPLETION_COLUMNS, in order; `''` for a missing cell. */
  readonly cells: readonly string[];
  /** 预期性 / 约束性 as written, or '' when missing. */
  readonly attribute: string;
  /** 完成情况 as written (completion tables), else ''. */
  readonly verdict: string;
  readonly warnings: readonly ImportWarning[];
};

/** What the header says about a completion table's columns. */
export type HeaderInfo = {
  /** The table has a 完成情况 column (001's has not). */
  readonly hasVerdict: boolean;
  /** The 2020 column is 实际数 (final) rather than 预期值 (estimate). */
  readonly actualIsFinal: boolean;
};

/** A table cut out of the text, with its notes. */
export type RawTable = {
  readonly layout: TableLayout;
  readonly kind: PlanTableKind;
  readonly title: string;
  readonly header: HeaderInfo;
  readonly rows: readonly RawRow[];
  /** Notes under the table (注 / 备注), one per numbered item. */
  readonly notes: readonly string[];
};

/** A table's lines with their 1-based line numbers in the input. */
export type NumberedLine = { readonly line: number; readonly text: string };

/**
 * A cell written on a line of its own, without a leading or trailing `|` (markdown-like text and
 * tables copied with their rules); a bare `|` is an empty cell.
 */
export function cellLineText(text: string): string {
  return text
    .trim()
    .replace(/\s*\|$/, '')
    .replace(/^\|\s*/, '')
    .trim();
}
