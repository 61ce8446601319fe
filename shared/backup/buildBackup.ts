import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLE_NAMES } from './backupFormat';
import type { BackupTables } from './backupFormat';
import { checksumOfCanonical } from './backupChecksum';
import { canonicalJson } from './canonicalJson';
import { encodeUtf8 } from '../lib/textCodec';

/** Who wrote the backup and when. */
export type BuildBackupOptions = {
  /** package.json version of the app, e.g. 0.1.0. */
  readonly appVersion: string;
  /** The Dexie schema version the tables were read with (CURRENT_SCHEMA_VERSION). */
  readonly schemaVersion: number;
  readonly now: Date;
};

/**
 * Serialises every table into one backup file (issue 5「Backup and restore」): a versioned JSON
 * document in UTF-8 with a SHA-256 checksum over the canonical JSON of the tables. The tables are
 * written canonically, so the file itself can be checked without re-serialising.
 */
export function buildBackup(tables: BackupTables, options: BuildBackupOptions): Uint8Array {
  const onlyTables: Record<string, unknown> = {};
  for (const name of BACKUP_TABLE_NAMES) onlyTables[name] = tables[name];
  const canonicalTables = canonicalJson(onlyTables);
  const header = [
    `"format":${JSON.stringify(BACKUP_FORMAT)}`,
    `"formatVersion":${BACKUP_FORMAT_VERSION}`,
    `"schemaVersion":${JSON.stringify(options.schemaVersion)}`,
    `"appVersion":${JSON.stringify(options.appVersion)}`,
    `"createdAt":${JSON.stringify(options.now.toISOString())}`,
  ].join(',');
  const checksum = JSON.stringify(checksumOfCanonical(canonicalTables));
  return encodeUtf8(`{${header},"tables":${canonicalTables},"checksum":${checksum}}\n`);
}

/** A file name for a backup made at `now` (local time): 规划评估工作台备份-20261122-093005.json. */
export function backupFileName(now: Date): string {
  const two = (value: number): string => String(value).padStart(2, '0');
  const date = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}`;
  const time = `${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
  return `规划评估工作台备份-${date}-${time}.json`;
}
