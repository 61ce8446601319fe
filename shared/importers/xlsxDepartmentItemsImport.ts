import type * as XLSX from 'xlsx';
import type { WorkItemId, WorkItemListId } from '../domain/ids';
import type { WorkItem } from '../domain/workItem';
import {
  PROGRESS_STATUSES,
  type ProgressContent,
  type ProgressSpan,
  type ProgressStatus,
  type WorkItemProgress,
} from '../domain/workItemProgress';
import { fail, ok, type Result, type SourceLocation } from '../lib/result';
import {
  ITEM_HEADER_ROW,
  ITEM_PROGRESS_COLUMNS,
  ITEM_SHEET_NAME,
  readPeriodLabel,
  type ItemProgressColumn,
} from './xlsxDepartmentItemsLayout';
import { readSheetGrid } from './xlsxPlanSheetGrid';
import { columnLetter, getSheet } from './xlsxSheetAccess';

/** How one filled row compares with the database (the same kinds as indicator cells). */
export type ItemEntryKind = 'new' | 'changed' | 'unchanged' | 'invalid';

/** One filled row of the 重点任务进展 sheet, as the preview lists it. */
export type ItemProgressEntry = {
  readonly kind: ItemEntryKind;
  readonly itemId: WorkItemId | null;
  readonly title: string;
  readonly period: string;
  readonly location: SourceLocation;
  readonly before: ProgressContent | null;
  readonly after: ProgressContent | null;
  readonly reason: string | null;
};

/** A progress record to write on confirmation. */
export type ItemProgressWrite = {
  readonly listId: WorkItemListId;
  readonly itemId: WorkItemId;
  readonly year: number;
  readonly span: ProgressSpan;
  readonly next: ProgressContent;
};

/** The preview of a department workbook's item rows. */
export type ItemProgressPreview = {
  readonly entries: readonly ItemProgressEntry[];
  readonly counts: Readonly<Record<ItemEntryKind, number>>;
  readonly toWrite: readonly ItemProgressWrite[];
};

const INPUT_COLUMNS: readonly ItemProgressColumn[] = ITEM_PROGRESS_COLUMNS.slice(6);

/**
 * Reads the 重点任务进展 sheet of a department workbook and compares it with the stored progress:
 * per filled row new / changed / unchanged / invalid with the reason and the cell. A changed
 * header refuses the sheet naming the cell. A workbook without the sheet gives an empty preview
 * (an indicators-only template). Never throws.
 */
export function importItemProgressSheet(
  workbook: XLSX.WorkBook,
  fileName: string,
  items: readonly WorkItem[],
  existing: readonly WorkItemProgress[],
): Result<ItemProgressPreview> {
  const sheet = getSheet(workbook, ITEM_SHEET_NAME);
  const empty = {
    entries: [],
    counts: { new: 0, changed: 0, unchanged: 0, invalid: 0 },
    toWrite: [],
  };
  if (!sheet) return ok(empty);
  const grid = readSheetGrid(sheet, fileName, ITEM_SHEET_NAME);
  if (!grid.ok) return grid;
  const header = grid.value.rows[ITEM_HEADER_ROW] ?? [];
  for (const [index, expected] of ITEM_PROGRESS_COLUMNS.entries()) {
    const found = (header[index] ?? '').trim();
    if (found !== expected) {
      return fail(
        `「${ITEM_SHEET_NAME}」第 ${columnLetter(index)} 列的表头应为「${expected}」，实际为「${found}」：请勿改动表头`,
        {
          file: fileName,
          sheet: ITEM_SHEET_NAME,
          line: ITEM_HEADER_ROW + 1,
          column: columnLetter(index),
          cellText: found,
        },
      );
    }
  }
  const byId = new Map(items.map((item) => [item.id as string, item]));
  const stored = new Map(existing.map((p) => [`${p.itemId}\u0000${p.year}\u0000${p.span}`, p]));
  const entries: ItemProgressEntry[] = [];
  const toWrite: ItemProgressWrite[] = [];
  const seen = new Set<string>();
  grid.value.rows.slice(ITEM_HEADER_ROW + 1).forEach((cells, offset) => {
    const line = ITEM_HEADER_ROW + 2 + offset;
    const read = readRow(cells, line, fileName, byId, stored, seen);
    if (!read) return;
    entries.push(read.entry);
    if (read.write) toWrite.push(read.write);
  });
  const counts = { new: 0, changed: 0, unchanged: 0, invalid: 0 };
  for (const entry of entries) counts[entry.kind] += 1;
  return ok({ entries, counts, toWrite });
}

type Read = { entry: ItemProgressEntry; write: ItemProgressWrite | null } | null;

function readRow(
  cells: readonly string[],
  line: number,
  file: string,
  byId: ReadonlyMap<string, WorkItem>,
  stored: ReadonlyMap<string, WorkItemProgress>,
  seen: Set<string>,
): Read {
  const cell = (column: ItemProgressColumn) =>
    (cells[ITEM_PROGRESS_COLUMNS.indexOf(column)] ?? '').trim();
  if (INPUT_COLUMNS.every((column) => cell(column) === '')) return null;
  const at = (column: ItemProgressColumn): SourceLocation => ({
    file,
    sheet: ITEM_SHEET_NAME,
    line,
    column: column.replace('（填报）', ''),
    cellText: cell(column),
  });
  const item = byId.get(cell('任务编号（请勿修改）'));
  const period = readPeriodLabel(cell('期间'));
  const base = entryBase(item, cell);
  const invalid = (column: ItemProgressColumn, reason: string): Read => ({
    entry: { ...base, kind: 'invalid', location: at(column), before: null, after: null, reason },
    write: null,
  });
  const problem = identityProblem(item, period, seen);
  if (problem) return invalid(problem.column, problem.reason);
  if (!item || !period) return null;
  const key = `${item.id}\u0000${period.year}\u0000${period.span}`;
  seen.add(key);
  const before = stored.get(key) ?? null;
  const content = readContent(cell, before);
  if (typeof content === 'object' && 'column' in content)
    return invalid(content.column, content.reason);
  const entry = {
    ...base,
    kind: kindOf(before, content),
    location: at('状态（填报）'),
    before: before && contentOf(before),
    after: content,
    reason: null,
  };
  const write = { listId: item.listId, itemId: item.id, ...period, next: content };
  return { entry, write: entry.kind === 'unchanged' ? null : write };
}

function kindOf(before: ProgressContent | null, after: ProgressContent): ItemEntryKind {
  if (before === null) return 'new';
  return sameContent(before, after) ? 'unchanged' : 'changed';
}

function entryBase(item: WorkItem | undefined, cell: Cell) {
  return { itemId: item?.id ?? null, title: item?.title ?? cell('任务'), period: cell('期间') };
}

/** Why a row names no item and period it may write, or null. */
function identityProblem(
  item: WorkItem | undefined,
  period: ReturnType<typeof readPeriodLabel>,
  seen: ReadonlySet<string>,
): { column: ItemProgressColumn; reason: string } | null {
  const idColumn = '任务编号（请勿修改）';
  if (!item) {
    const reason = '任务编号不在当前规划的任务清单中（该任务可能已被删除），该行无法导入';
    return { column: idColumn, reason };
  }
  if (!period) return { column: '期间', reason: '期间应为「2023年全年」或「2023年上半年」' };
  if (seen.has(`${item.id}\u0000${period.year}\u0000${period.span}`)) {
    return { column: idColumn, reason: '同一任务同一期间出现两行，请只保留一行' };
  }
  return null;
}

type Cell = (column: ItemProgressColumn) => string;

function readContent(
  cell: Cell,
  before: WorkItemProgress | null,
): ProgressContent | { column: ItemProgressColumn; reason: string } {
  const status = cell('状态（填报）') as ProgressStatus;
  if (!PROGRESS_STATUSES.includes(status)) {
    return { column: '状态（填报）', reason: `状态应为${PROGRESS_STATUSES.join('、')}之一` };
  }
  const share = readNumber(cell('完成进度%（填报）').replace(/[%％]$/, ''));
  if (share === undefined || (share !== null && share > 100)) {
    return { column: '完成进度%（填报）', reason: '完成进度应为 0–100 的数字' };
  }
  const invest = readNumber(cell('累计完成投资万元（填报）'));
  if (invest === undefined)
    return {
      column: '累计完成投资万元（填报）',
      reason: '累计完成投资应为不小于 0 的数字（万元）',
    };
  return {
    status,
    shareDone: share,
    investmentDone: invest,
    text: cell('进展情况（填报）'),
    source: cell('数据来源（填报）') || (before?.source ?? ''),
    reporter: cell('填报人（填报）') || (before?.reporter ?? ''),
  };
}

function readNumber(text: string): number | null | undefined {
  if (text === '') return null;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

function contentOf(p: ProgressContent): ProgressContent {
  const { status, shareDone, text, investmentDone, source, reporter } = p;
  return { status, shareDone, text, investmentDone, source, reporter };
}

function sameContent(a: ProgressContent, b: ProgressContent): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}
