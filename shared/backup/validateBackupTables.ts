import { guardActualValueRow } from '../domain/guards/guardActualValue';
import { guardChangeLogRow } from '../domain/guards/guardChangeLogRow';
import type { Guard, GuardIssue } from '../domain/guards/guardCore';
import {
  guardReportSectionRow,
  guardVerdictOverrideRow,
} from '../domain/guards/guardEvaluatorRows';
import { guardIndicator } from '../domain/guards/guardIndicator';
import { guardKeyValueRow } from '../domain/guards/guardKeyValueRow';
import { guardOfficialAssessmentRow } from '../domain/guards/guardOfficialAssessment';
import { guardPlanRow } from '../domain/guards/guardPlan';
import { compoundKey, findDuplicate } from '../domain/guards/rowIdentity';
import {
  guardFollowUpRow,
  guardWorkItemChangeLogRow,
  guardWorkItemListRow,
  guardWorkItemProgressRow,
  guardWorkItemRow,
} from '../domain/guards/guardWorkItemRows';
import { BACKUP_TABLE_LABELS } from './backupFormat';
import type { BackupTableName } from './backupFormat';

type Row = Readonly<Record<string, unknown>>;
type RawTables = Readonly<Record<BackupTableName, readonly unknown[]>>;

// One guard per stored row type (shared/domain/guards): the same checks as a JSON plan import.
const ROW_GUARDS: Readonly<Record<BackupTableName, Guard>> = {
  plans: guardPlanRow,
  indicators: guardIndicator,
  actualValues: guardActualValueRow,
  officialAssessments: guardOfficialAssessmentRow,
  changeLog: guardChangeLogRow,
  settings: guardKeyValueRow,
  meta: guardKeyValueRow,
  verdictOverrides: guardVerdictOverrideRow,
  reportSections: guardReportSectionRow,
  workItemLists: guardWorkItemListRow,
  workItems: guardWorkItemRow,
  workItemProgress: guardWorkItemProgressRow,
  workItemChangeLog: guardWorkItemChangeLogRow,
  followUps: guardFollowUpRow,
};

// The primary key of each table (renderer/src/db/schema.ts): a repeat would abort the restore.
const KEY_FIELDS: Readonly<Record<BackupTableName, string>> = {
  plans: 'id',
  indicators: 'id',
  actualValues: 'indicatorId、year、measure',
  officialAssessments: 'indicatorId',
  changeLog: 'id',
  settings: 'key',
  meta: 'key',
  verdictOverrides: 'indicatorId、year、mode',
  reportSections: 'planId、year、mode、sectionId',
  workItemLists: 'id',
  workItems: 'id',
  workItemProgress: 'itemId、year、span',
  workItemChangeLog: 'id',
  followUps: 'id',
};
const PRIMARY_KEYS: Readonly<Record<BackupTableName, (row: Row) => string>> = {
  plans: (row) => row.id as string,
  indicators: (row) => row.id as string,
  actualValues: (row) =>
    compoundKey(row.indicatorId as string, row.year as number, row.measure as string),
  officialAssessments: (row) => row.indicatorId as string,
  changeLog: (row) => row.id as string,
  settings: (row) => row.key as string,
  meta: (row) => row.key as string,
  verdictOverrides: (row) =>
    compoundKey(row.indicatorId as string, row.year as number, row.mode as string),
  reportSections: (row) =>
    compoundKey(
      row.planId as string,
      row.year as number,
      row.mode as string,
      row.sectionId as string,
    ),
  workItemLists: (row) => row.id as string,
  workItems: (row) => row.id as string,
  workItemProgress: (row) =>
    compoundKey(row.itemId as string, row.year as number, row.span as string),
  workItemChangeLog: (row) => row.id as string,
  followUps: (row) => row.id as string,
};

const WAY_OUT = '文件内容有误，无法恢复；当前数据不会被改动';

/**
 * Checks every row of every table with its guard, then the keys and references between rows:
 * unique primary keys, indicators of existing plans, and values, official verdicts, overrides
 * and report edits of existing plans and indicators. Returns null when the tables can be
 * restored, else a Chinese message naming the table, the 1-based row and the field.
 */
export function validateBackupTables(tables: RawTables): string | null {
  const names = Object.keys(ROW_GUARDS) as BackupTableName[];
  for (const name of names) {
    const rows = tables[name];
    for (let index = 0; index < rows.length; index += 1) {
      const issue = ROW_GUARDS[name](rows[index]);
      if (issue) return describe(name, index, rows[index], issue);
    }
  }
  for (const name of names) {
    const duplicate = findDuplicate(tables[name] as readonly Row[], PRIMARY_KEYS[name]);
    if (duplicate) {
      const { index, firstIndex } = duplicate;
      const issue = { field: KEY_FIELDS[name], message: `与第 ${firstIndex + 1} 条记录重复` };
      return describe(name, index, tables[name][index], issue);
    }
  }
  return checkReferences(tables);
}

function checkReferences(tables: RawTables): string | null {
  const planIds = new Set((tables.plans as readonly Row[]).map((row) => row.id as string));
  const indicatorPlans = new Map<string, string>();
  for (const row of tables.indicators as readonly Row[]) {
    if (!planIds.has(row.planId as string)) {
      return describe('indicators', tables.indicators.indexOf(row), row, orphan('planId', '规划'));
    }
    indicatorPlans.set(row.id as string, row.planId as string);
  }
  for (const name of ['actualValues', 'officialAssessments', 'verdictOverrides'] as const) {
    const rows = tables[name] as readonly Row[];
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index] as Row;
      const planId = indicatorPlans.get(row.indicatorId as string);
      if (planId === undefined) return describe(name, index, row, orphan('indicatorId', '指标'));
      if (planId !== row.planId) {
        const message = `与所属指标的规划「${planId}」不一致`;
        return describe(name, index, row, { field: 'planId', message });
      }
    }
  }
  const workItemProblem = checkWorkItemReferences(tables);
  if (workItemProblem) return workItemProblem;
  const sections = tables.reportSections as readonly Row[];
  const stray = sections.findIndex((row) => !planIds.has(row.planId as string));
  return stray >= 0
    ? describe('reportSections', stray, sections[stray], orphan('planId', '规划'))
    : null;
}

/** Work items of existing lists, progress of existing items in the item's own list. */
function checkWorkItemReferences(tables: RawTables): string | null {
  const listIds = new Set((tables.workItemLists as readonly Row[]).map((row) => row.id as string));
  const items = tables.workItems as readonly Row[];
  const itemLists = new Map<string, string>();
  for (let index = 0; index < items.length; index += 1) {
    const row = items[index] as Row;
    if (!listIds.has(row.listId as string)) {
      return describe('workItems', index, row, orphan('listId', '任务清单'));
    }
    itemLists.set(row.id as string, row.listId as string);
  }
  const progress = tables.workItemProgress as readonly Row[];
  for (let index = 0; index < progress.length; index += 1) {
    const row = progress[index] as Row;
    const listId = itemLists.get(row.itemId as string);
    if (listId === undefined)
      return describe('workItemProgress', index, row, orphan('itemId', '任务'));
    if (listId !== row.listId) {
      const message = `与所属任务的清单「${listId}」不一致`;
      return describe('workItemProgress', index, row, { field: 'listId', message });
    }
  }
  return null;
}

function orphan(field: string, what: string): GuardIssue {
  return { field, message: `对应的${what}不存在` };
}

function describe(name: BackupTableName, index: number, row: unknown, issue: GuardIssue): string {
  const where = `「${BACKUP_TABLE_LABELS[name]}」表第 ${index + 1} 条记录${rowLabel(row)}`;
  const what = issue.field ? `的字段「${issue.field}」${issue.message}` : issue.message;
  return `${where}${what}，${WAY_OUT}`;
}

/** The row's name or id in brackets, so the user can find it; empty when it has neither. */
function rowLabel(row: unknown): string {
  if (typeof row !== 'object' || row === null) return '';
  const record = row as Row;
  for (const key of ['name', 'id', 'key', 'indicatorId']) {
    const value = Object.hasOwn(record, key) ? record[key] : undefined;
    if (typeof value === 'string' && value !== '') {
      return `（「${value.length > 30 ? `${value.slice(0, 30)}…` : value}」）`;
    }
  }
  return '';
}
