import { MEASURES, VALUE_STATUSES } from '../domain/actualValue';
import { FINAL_VERDICTS, MIDTERM_VERDICTS } from '../domain/verdict';
import { WORK_ITEM_KINDS } from '../domain/workItem';
import { PROGRESS_SPANS, PROGRESS_STATUSES } from '../domain/workItemProgress';
import { BACKUP_TABLE_LABELS } from './backupFormat';
import type { BackupTableName } from './backupFormat';

type FieldType = 'string' | 'number' | 'object' | 'array' | 'stringOrNull' | 'present';
type FieldRule = readonly [key: string, type: FieldType | readonly string[]];

// Required keys and types of each table's rows: enough to restore without breaking the app's
// reads (rows.ts); deeper checks belong to the readers of each domain type.
const ROW_RULES: Readonly<Record<BackupTableName, readonly FieldRule[]>> = {
  plans: [
    ['id', 'string'],
    ['name', 'string'],
    ['region', 'string'],
    ['baseYear', 'number'],
    ['targetYear', 'number'],
    ['tableKind', ['main', 'completion']],
    ['notes', 'array'],
    ['origin', 'object'],
    ['createdAt', 'string'],
    ['updatedAt', 'string'],
  ],
  indicators: [
    ['id', 'string'],
    ['planId', 'string'],
    ['order', 'number'],
    ['category', 'string'],
    ['name', 'string'],
    ['unit', 'string'],
    ['base', 'object'],
    ['target', 'object'],
    ['attribute', ['预期性', '约束性']],
    ['direction', ['higherIsBetter', 'lowerIsBetter']],
    ['departments', 'array'],
    ['warnings', 'array'],
  ],
  actualValues: [
    ['indicatorId', 'string'],
    ['planId', 'string'],
    ['year', 'number'],
    ['measure', MEASURES],
    ['value', 'number'],
    ['status', VALUE_STATUSES],
    ['source', 'string'],
    ['note', 'string'],
  ],
  officialAssessments: [
    ['indicatorId', 'string'],
    ['planId', 'string'],
    ['verdictRaw', 'string'],
  ],
  changeLog: [
    ['id', 'string'],
    ['at', 'string'],
    ['user', 'string'],
    ['planId', 'string'],
    ['indicatorId', 'stringOrNull'],
    ['action', 'string'],
    ['origin', 'object'],
    ['before', 'stringOrNull'],
    ['after', 'stringOrNull'],
  ],
  settings: [
    ['key', 'string'],
    ['value', 'present'],
  ],
  meta: [
    ['key', 'string'],
    ['value', 'present'],
  ],
  verdictOverrides: [
    ['planId', 'string'],
    ['indicatorId', 'string'],
    ['year', 'number'],
    ['mode', ['midterm', 'final']],
    ['verdict', [...MIDTERM_VERDICTS, ...FINAL_VERDICTS]],
    ['reason', 'string'],
    ['decidedAt', 'string'],
    ['decidedBy', 'string'],
  ],
  reportSections: [
    ['planId', 'string'],
    ['year', 'number'],
    ['mode', ['midterm', 'final']],
    ['sectionId', 'string'],
    ['text', 'string'],
    ['generatedText', 'string'],
    ['editedAt', 'string'],
    ['editedBy', 'string'],
  ],
  workItemLists: [
    ['id', 'string'],
    ['name', 'string'],
    ['region', 'string'],
    ['planId', 'stringOrNull'],
    ['startYear', 'number'],
    ['endYear', 'number'],
    ['origin', 'object'],
    ['createdAt', 'string'],
    ['updatedAt', 'string'],
  ],
  workItems: [
    ['id', 'string'],
    ['listId', 'string'],
    ['order', 'number'],
    ['number', 'string'],
    ['kind', WORK_ITEM_KINDS],
    ['place', 'object'],
    ['title', 'string'],
    ['text', 'string'],
    ['responsibilities', 'array'],
    ['deadlines', 'array'],
    ['quantities', 'array'],
  ],
  workItemProgress: [
    ['itemId', 'string'],
    ['listId', 'string'],
    ['year', 'number'],
    ['span', PROGRESS_SPANS],
    ['status', PROGRESS_STATUSES],
    ['text', 'string'],
    ['source', 'string'],
    ['reporter', 'string'],
  ],
  workItemChangeLog: [
    ['id', 'string'],
    ['at', 'string'],
    ['user', 'string'],
    ['listId', 'string'],
    ['itemId', 'stringOrNull'],
    ['action', 'string'],
    ['origin', 'object'],
    ['before', 'stringOrNull'],
    ['after', 'stringOrNull'],
  ],
  followUps: [
    ['id', 'string'],
    ['scopeId', 'string'],
    ['year', 'number'],
    ['order', 'number'],
    ['subject', 'object'],
    ['title', 'string'],
    ['problem', 'string'],
    ['lead', 'string'],
    ['measure', 'string'],
    ['deadline', 'string'],
  ],
};

const TYPE_LABELS: Readonly<Record<FieldType, string>> = {
  string: '文本',
  number: '数字',
  object: '对象',
  array: '列表',
  stringOrNull: '文本或空',
  present: '任意值',
};

/**
 * Checks that every row of a table is an object with the required keys and types. Returns null
 * when the table is fine, otherwise a Chinese message naming the table, the 1-based row and the
 * field.
 */
export function validateBackupRows(name: BackupTableName, rows: readonly unknown[]): string | null {
  const rules = ROW_RULES[name];
  const label = BACKUP_TABLE_LABELS[name];
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      return `「${label}」表第 ${index + 1} 条记录不是对象，文件内容有误，无法恢复`;
    }
    const record = row as Record<string, unknown>;
    for (const [key, type] of rules) {
      if (!Object.hasOwn(record, key) || !matches(record[key], type)) {
        return `「${label}」表第 ${index + 1} 条记录的字段「${key}」缺失或类型不对（应为${describe(type)}），文件内容有误，无法恢复`;
      }
    }
  }
  return null;
}

function matches(value: unknown, type: FieldType | readonly string[]): boolean {
  if (typeof type !== 'string') return typeof value === 'string' && type.includes(value);
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'stringOrNull':
      return value === null || typeof value === 'string';
    case 'present':
      return value !== undefined;
  }
}

function describe(type: FieldType | readonly string[]): string {
  return typeof type === 'string' ? TYPE_LABELS[type] : `${type.join('、')}之一`;
}
