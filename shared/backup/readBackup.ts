import type { PlanId } from '../domain/ids';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { checksumOfBytes, checksumOfCanonical } from './backupChecksum';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLE_LABELS,
  BACKUP_TABLE_NAMES,
  backupTablesOfFormat,
} from './backupFormat';
import type { BackupSummary, BackupTableName, BackupTables } from './backupFormat';
import { canonicalJson } from './canonicalJson';
import { decodeUtf8, encodeUtf8 } from '../lib/textCodec';
import { validateBackupTables } from './validateBackupTables';
import { findTooDeep, MAX_NESTING } from '../domain/guards/nestingDepth';
import type { TooDeep } from '../domain/guards/nestingDepth';

/** What the reading app supports. */
export type ReadBackupOptions = {
  /** The app's Dexie schema version (CURRENT_SCHEMA_VERSION); newer backups are refused. */
  readonly currentSchemaVersion: number;
  /** File name for messages, when known. */
  readonly fileName?: string;
};

/** A validated backup: its summary for the confirmation dialog and the tables to restore. */
export type BackupContents = BackupSummary & { readonly tables: BackupTables };

const NEWER_WAY_OUT = '请安装新版本的规划评估工作台后再恢复；当前数据不会被改动';

/**
 * Reads and validates a backup file before anything is restored (issue 5「Backup and restore」):
 * UTF-8 JSON of our format, not written by a newer app, every table present, the checksum
 * matching (else the file is damaged or edited) and every row of the right shape. Never throws.
 */
export function readBackup(bytes: Uint8Array, options: ReadBackupOptions): Result<BackupContents> {
  const location = options.fileName ? { file: options.fileName } : undefined;
  const document = parseDocument(bytes);
  if (typeof document === 'string') return fail(document, location);
  const header = checkHeader(document, options.currentSchemaVersion);
  if (typeof header === 'string') return fail(header, location);
  const tables = checkTables(document, header.formatVersion, bytes);
  if (typeof tables === 'string') return fail(tables, location);
  return ok({ ...header, byteLength: bytes.length, ...summarise(tables), tables });
}

type Header = Pick<BackupSummary, 'formatVersion' | 'schemaVersion' | 'appVersion' | 'createdAt'>;

function parseDocument(bytes: Uint8Array): Record<string, unknown> | string {
  if (bytes.length === 0) return '备份文件是空的，无法恢复';
  const text = decodeUtf8(bytes);
  // A file cut short in the middle of a character is an incomplete file, not a foreign encoding.
  if (text === null && !isCutInCharacter(bytes)) {
    return '不是有效的备份文件：内容不是 UTF-8 文本，文件可能已损坏';
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? '');
  } catch {
    return '不是有效的备份文件：无法按 JSON 读取，文件可能已损坏或不完整';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return '不是规划评估工作台的备份文件';
  }
  const document = parsed as Record<string, unknown>;
  if (document.format !== BACKUP_FORMAT) return '不是规划评估工作台的备份文件';
  // Before anything recursive (the checksum's canonical JSON, structured clone) walks it.
  const tooDeep = findTooDeep(document, MAX_NESTING);
  return tooDeep ? describeTooDeep(tooDeep) : document;
}

/** Whether the bytes are UTF-8 but for the last 1–3 bytes, the start of a cut-off character. */
function isCutInCharacter(bytes: Uint8Array): boolean {
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    if (decodeUtf8(bytes.subarray(0, bytes.length - cut)) !== null) return true;
  }
  return false;
}

function describeTooDeep({ path }: TooDeep): string {
  const [, table, row, field] = path;
  const label =
    typeof table === 'string' && Object.hasOwn(BACKUP_TABLE_LABELS, table)
      ? BACKUP_TABLE_LABELS[table as BackupTableName]
      : null;
  const where =
    label && typeof row === 'number'
      ? `「${label}」表第 ${row + 1} 条记录${typeof field === 'string' ? `的字段「${field}」` : ''}`
      : '备份文件中的数据';
  return `${where}嵌套超过 ${MAX_NESTING} 层，不是本程序写出的备份，文件内容有误，无法恢复；当前数据不会被改动`;
}

function checkHeader(
  document: Record<string, unknown>,
  currentSchemaVersion: number,
): Header | string {
  const { formatVersion, schemaVersion, appVersion, createdAt } = document;
  if (!isPositiveInteger(formatVersion) || !isPositiveInteger(schemaVersion)) {
    return '备份文件缺少版本信息，文件可能已损坏，无法恢复';
  }
  const writer = typeof appVersion === 'string' ? `（${appVersion} 版）` : '';
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    return `该备份由新版本的规划评估工作台${writer}生成，备份格式为第 ${formatVersion} 版，本程序只支持到第 ${BACKUP_FORMAT_VERSION} 版。${NEWER_WAY_OUT}`;
  }
  if (schemaVersion > currentSchemaVersion) {
    return `该备份由新版本的规划评估工作台${writer}生成，数据结构为第 ${schemaVersion} 版，本程序只支持到第 ${currentSchemaVersion} 版。${NEWER_WAY_OUT}`;
  }
  if (typeof appVersion !== 'string' || typeof createdAt !== 'string') {
    return '备份文件缺少生成时间或程序版本，文件可能已损坏，无法恢复';
  }
  return { formatVersion, schemaVersion, appVersion, createdAt };
}

function checkTables(
  document: Record<string, unknown>,
  formatVersion: number,
  bytes: Uint8Array,
): BackupTables | string {
  const tables = document.tables;
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) {
    return '备份文件中没有数据表，文件不完整，无法恢复';
  }
  const record = tables as Record<string, unknown>;
  const present = backupTablesOfFormat(formatVersion);
  const missing = present.filter(
    (name) => !Object.hasOwn(record, name) || !Array.isArray(record[name]),
  );
  if (missing.length > 0) {
    const names = missing.map((name) => `「${BACKUP_TABLE_LABELS[name]}」`).join('、');
    return `备份文件缺少${names}表，文件不完整，无法恢复`;
  }
  if (typeof document.checksum !== 'string')
    return '备份文件缺少校验码，无法确认内容完整，无法恢复';
  const onlyTables: Record<string, unknown> = {};
  for (const name of present) onlyTables[name] = record[name];
  const matches =
    checksumAsWritten(bytes, document.checksum) ||
    checksumOfCanonical(canonicalJson(onlyTables)) === document.checksum;
  if (!matches) {
    return '备份文件校验失败：内容与校验码不符，文件可能已损坏或被改动，无法恢复';
  }
  // Tables a file of an older format did not have yet restore empty.
  for (const name of BACKUP_TABLE_NAMES) onlyTables[name] ??= [];
  const problem = validateBackupTables(onlyTables as Record<BackupTableName, unknown[]>);
  return problem ?? (onlyTables as BackupTables);
}

const TABLES_KEY = encodeUtf8(',"tables":');
const CHECKSUM_KEY = encodeUtf8(',"checksum":');

/**
 * True when the file's tables, byte for byte as buildBackup wrote them (canonical JSON), have the
 * checksum: then re-serialising 100,000 rows to check them is skipped. A reformatted or edited
 * file fails this and is checked on its re-serialised tables instead.
 */
function checksumAsWritten(bytes: Uint8Array, checksum: string): boolean {
  const start = indexOfBytes(bytes, TABLES_KEY, 0);
  const end = lastIndexOfBytes(bytes, CHECKSUM_KEY);
  if (start < 0 || end <= start) return false;
  const tables = bytes.subarray(start + TABLES_KEY.length, end);
  return tables[0] === 0x7b && tables.at(-1) === 0x7d && checksumOfBytes(tables) === checksum;
}

function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  for (
    let at = bytes.indexOf(needle[0] as number, from);
    at >= 0;
    at = bytes.indexOf(needle[0] as number, at + 1)
  ) {
    if (startsAt(bytes, needle, at)) return at;
  }
  return -1;
}

function lastIndexOfBytes(bytes: Uint8Array, needle: Uint8Array): number {
  for (
    let at = bytes.lastIndexOf(needle[0] as number);
    at >= 0;
    at = bytes.lastIndexOf(needle[0] as number, at - 1)
  ) {
    if (startsAt(bytes, needle, at)) return at;
    if (at === 0) break;
  }
  return -1;
}

function startsAt(bytes: Uint8Array, needle: Uint8Array, at: number): boolean {
  for (let index = 0; index < needle.length; index += 1)
    if (bytes[at + index] !== needle[index]) return false;
  return true;
}

function summarise(tables: BackupTables): Pick<BackupSummary, 'counts' | 'plans'> {
  const counts = {} as Record<BackupTableName, number>;
  for (const name of BACKUP_TABLE_NAMES) counts[name] = tables[name].length;
  const plans = tables.plans.map((plan) => ({ id: plan.id as PlanId, name: plan.name }));
  return { counts, plans };
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}
