/**
 * The 重点任务进展 sheet of a department workbook (issue 13「Department templates」): one row per
 * work item the department leads or supports, for one period, with the progress columns to fill.
 */

/** The sheet users fill in next to the indicators' 数据填报 sheet. */
export const ITEM_SHEET_NAME = '重点任务进展';

/** Columns, in order; A holds the item id (hidden) so rows match even when titles are edited. */
export const ITEM_PROGRESS_COLUMNS = [
  '任务编号（请勿修改）',
  '任务清单',
  '编号',
  '任务',
  '牵头单位',
  '期间',
  '状态（填报）',
  '完成进度%（填报）',
  '累计完成投资万元（填报）',
  '进展情况（填报）',
  '数据来源（填报）',
  '填报人（填报）',
] as const;

/** Name of one column. */
export type ItemProgressColumn = (typeof ITEM_PROGRESS_COLUMNS)[number];

/** Rows: title (0), instructions (1), header (2), items from 3. */
export const ITEM_HEADER_ROW = 2;

/** The 期间 cell: 「2023年全年」 or 「2023年上半年」. */
export function periodLabel(year: number, span: '全年' | '上半年'): string {
  return `${year}年${span}`;
}

/** Reads a 期间 cell back; null when it is not one of ours. */
export function readPeriodLabel(text: string): { year: number; span: '全年' | '上半年' } | null {
  const match = /^\s*((?:19|20)\d{2})\s*年\s*(全年|上半年)\s*$/.exec(text);
  return match ? { year: Number(match[1]), span: match[2] as '全年' | '上半年' } : null;
}
