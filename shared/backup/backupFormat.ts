import type { PlanId } from '../domain/ids';
import type { Indicator } from '../domain/indicator';
import type {
  ActualValueRow,
  ChangeLogRow,
  OfficialAssessmentRow,
  FollowUpRow,
  PlanRow,
  ReportSectionRow,
  SettingRow,
  VerdictOverrideRow,
  WorkItemChangeLogRow,
  WorkItemListRow,
  WorkItemProgressRow,
  WorkItemRow,
} from '../domain/storedRows';

/** The `format` tag of every backup file (docs/decisions/0010-backup-format.md). */
export const BACKUP_FORMAT = 'plan-evaluation-workbench-backup';

/** The backup file format this code writes and the newest it can read. */
export const BACKUP_FORMAT_VERSION = 3;

/** The tables a backup holds: every Dexie table of the app. */
export const BACKUP_TABLE_NAMES = [
  'plans',
  'indicators',
  'actualValues',
  'officialAssessments',
  'changeLog',
  'settings',
  'meta',
  'verdictOverrides',
  'reportSections',
  'workItemLists',
  'workItems',
  'workItemProgress',
  'workItemChangeLog',
  'followUps',
] as const;

/** Name of one backed-up table. */
export type BackupTableName = (typeof BACKUP_TABLE_NAMES)[number];

/** Chinese names of the tables, for messages and the restore summary. */
export const BACKUP_TABLE_LABELS: Readonly<Record<BackupTableName, string>> = {
  plans: '规划',
  indicators: '指标',
  actualValues: '实际值',
  officialAssessments: '官方评价',
  changeLog: '变更记录',
  settings: '设置',
  meta: '系统信息',
  verdictOverrides: '人工研判',
  reportSections: '报告修改',
  workItemLists: '任务清单',
  workItems: '重点任务',
  workItemProgress: '任务进展',
  workItemChangeLog: '任务变更记录',
  followUps: '整改任务',
};

/**
 * The tables each format version holds, oldest first. A version-1 file (before overrides and
 * report edits existed) restores with those two tables empty, a version-2 file (before work items,
 * issue 13) without work items; a file's checksum covers its own tables.
 */
export function backupTablesOfFormat(formatVersion: number): readonly BackupTableName[] {
  if (formatVersion >= 3) return BACKUP_TABLE_NAMES;
  return BACKUP_TABLE_NAMES.slice(0, formatVersion >= 2 ? 9 : 7);
}

/** A stored plan. */
export type BackupPlanRow = PlanRow;

/** A stored actual value. */
export type BackupActualValueRow = ActualValueRow;

/** A stored official verdict. */
export type BackupOfficialAssessmentRow = OfficialAssessmentRow;

/** A change-log entry. */
export type BackupChangeLogRow = ChangeLogRow;

/** A key/value row of the settings and meta tables. */
export type BackupKeyValueRow = SettingRow;

/** Every table's rows, as read from or written to the database. */
export type BackupTables = {
  readonly plans: readonly BackupPlanRow[];
  readonly indicators: readonly Indicator[];
  readonly actualValues: readonly BackupActualValueRow[];
  readonly officialAssessments: readonly BackupOfficialAssessmentRow[];
  readonly changeLog: readonly BackupChangeLogRow[];
  readonly settings: readonly BackupKeyValueRow[];
  readonly meta: readonly BackupKeyValueRow[];
  readonly verdictOverrides: readonly VerdictOverrideRow[];
  readonly reportSections: readonly ReportSectionRow[];
  readonly workItemLists: readonly WorkItemListRow[];
  readonly workItems: readonly WorkItemRow[];
  readonly workItemProgress: readonly WorkItemProgressRow[];
  readonly workItemChangeLog: readonly WorkItemChangeLogRow[];
  readonly followUps: readonly FollowUpRow[];
};

/** The JSON document of a backup file. */
export type BackupDocument = {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  /** The Dexie schema version the tables were read from. */
  readonly schemaVersion: number;
  readonly appVersion: string;
  /** ISO time the backup was made. */
  readonly createdAt: string;
  readonly tables: BackupTables;
  /** `sha256:` + SHA-256 hex of the canonical JSON of `tables`. */
  readonly checksum: string;
};

/** What a backup file holds, shown before restoring. */
export type BackupSummary = {
  readonly formatVersion: number;
  readonly schemaVersion: number;
  readonly appVersion: string;
  readonly createdAt: string;
  readonly byteLength: number;
  readonly counts: Readonly<Record<BackupTableName, number>>;
  readonly plans: readonly { readonly id: PlanId; readonly name: string }[];
};
