import { MAX_DEPARTMENT_NAME_LENGTH, normalizeDepartmentName } from '../domain/departments';
import { makeWorkItemId, type WorkItemListId } from '../domain/ids';
import {
  WORK_ITEM_KINDS,
  leadDepartments,
  supportDepartments,
  type Responsibility,
  type WorkItem,
  type WorkItemKind,
} from '../domain/workItem';
import { fail, ok, type Result, type SourceLocation } from '../lib/result';
import { findDeadlines, findQuantities } from './tasks/findMentions';
import { splitTopLevel } from './tasks/parenGroups';
import { readResponsibilities } from './tasks/readResponsibilities';
import { ANNUAL_SEPARATOR, WORK_ITEM_COLUMNS, type WorkItemColumn } from './xlsxWorkItemColumns';
import { columnLetter } from './xlsxSheetAccess';

/** A row of the 任务清单 sheet as texts, with where it sits (for located errors). */
export type ItemRowCells = {
  readonly cells: readonly string[];
  readonly location: SourceLocation;
};

/**
 * Builds a work item from a template row. Deadlines and quantities are read again from 内容; the
 * departments come from the 牵头单位 / 配合单位 cells, keeping the per-clause lists of 内容 when they
 * name the same departments (so a task with two lists round-trips). Errors name the cell.
 */
export function buildItemFromRow(
  row: ItemRowCells,
  listId: WorkItemListId,
  order: number,
): Result<WorkItem> {
  const cell = (column: WorkItemColumn) =>
    (row.cells[WORK_ITEM_COLUMNS.indexOf(column)] ?? '').trim();
  const at = (column: WorkItemColumn) => ({
    ...row.location,
    column: `${columnLetter(WORK_ITEM_COLUMNS.indexOf(column))}（${column}）`,
    cellText: cell(column),
  });
  const kind = cell('类型') as WorkItemKind;
  if (!WORK_ITEM_KINDS.includes(kind)) {
    return fail(`类型应为${WORK_ITEM_KINDS.join('、')}之一`, at('类型'));
  }
  const title = cell('标题');
  const text = cell('内容') || title;
  if (title === '') return fail('标题不能为空', at('标题'));
  const lead = readNames(cell('牵头单位'));
  const support = readNames(cell('配合单位'));
  for (const [names, column] of [
    [lead, '牵头单位'],
    [support, '配合单位'],
  ] as const) {
    const long = names.find((name) => name.length > MAX_DEPARTMENT_NAME_LENGTH);
    if (long) {
      return fail(
        `单位名称长 ${long.length} 字，超过 ${MAX_DEPARTMENT_NAME_LENGTH} 字上限，请用「、」分隔各单位`,
        at(column),
      );
    }
  }
  const base = {
    id: makeWorkItemId(listId, order),
    listId,
    order,
    number: cell('编号') || String(order),
    place: { part: cell('篇章'), section: cell('节'), box: cell('专栏'), group: cell('分组') },
    title,
    text,
    responsibilities: responsibilitiesOf(text, lead, support),
    deadlines: findDeadlines(text),
    quantities: findQuantities(text),
  };
  if (kind !== '工程项目') return ok({ ...base, kind });
  const project = readProject(cell, at);
  return project.ok ? ok({ ...base, kind, project: project.value }) : project;
}

const NAME_SEPARATORS = new Set(['、', '，', ',', '；', ';', '\n']);

/** Department names of a cell; 「各县（市、区）政府」 stays whole. */
function readNames(text: string): string[] {
  return [
    ...new Set(
      splitTopLevel(text, NAME_SEPARATORS)
        .map(normalizeDepartmentName)
        .filter((name) => name !== ''),
    ),
  ];
}

function responsibilitiesOf(text: string, lead: string[], support: string[]): Responsibility[] {
  if (lead.length === 0 && support.length === 0) return [];
  const fromText = readResponsibilities(text);
  if (fromText.ok && fromText.value.length > 0) {
    const fromCells = [{ lead, support, clause: '' }];
    const same = (pick: (r: { responsibilities: readonly Responsibility[] }) => string[]) =>
      pick({ responsibilities: fromText.value }).join('、') ===
      pick({ responsibilities: fromCells }).join('、');
    if (same(leadDepartments) && same(supportDepartments)) return fromText.value;
  }
  return [{ lead, support, clause: '' }];
}

type Cell = (column: WorkItemColumn) => string;
type At = (column: WorkItemColumn) => SourceLocation;

function readProject(cell: Cell, at: At) {
  const total = readNumber(cell('总投资（万元）'));
  if (total === undefined) return fail('总投资应为不小于 0 的数字（万元）', at('总投资（万元）'));
  const start = readYear(cell('开工年份'));
  if (start === undefined) return fail('开工年份应为四位年份', at('开工年份'));
  const end = readYear(cell('完工年份'));
  if (end === undefined) return fail('完工年份应为四位年份', at('完工年份'));
  if (start !== null && end !== null && end < start) {
    return fail('完工年份早于开工年份', at('完工年份'));
  }
  const annual: Record<string, number> = {};
  const annualText = cell('年度计划投资（万元）');
  for (const part of annualText.split(ANNUAL_SEPARATOR).filter((p) => p.trim() !== '')) {
    const match = /^\s*((?:19|20)\d{2})\s*[:：]\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!match) {
      return fail(
        '年度计划投资应写成「2021:500；2022:800」（年份:万元，用「；」分隔）',
        at('年度计划投资（万元）'),
      );
    }
    annual[match[1]!] = Number(match[2]);
  }
  return ok({ totalInvestment: total, annualInvestment: annual, startYear: start, endYear: end });
}

/** A non-negative number, null for an empty cell, undefined when unreadable. */
function readNumber(text: string): number | null | undefined {
  if (text === '') return null;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

function readYear(text: string): number | null | undefined {
  if (text === '') return null;
  return /^(19|20)\d{2}$/.test(text) ? Number(text) : undefined;
}
