/**
 * Automatic backups, as the database layer sees them (issue 5「Backup and restore」): a snapshot
 * of every table handed to the host, which keeps the newest 10 — in the user-data folder in
 * Electron, in a separate browser database in web mode.
 */
import { Dexie } from 'dexie';
import { BACKUP_TABLE_NAMES, type BackupTables } from '../../../shared/backup/backupFormat';
import { buildBackup } from '../../../shared/backup/buildBackup';
import { isDailyBackupDue } from '../../../shared/platform/autoBackupName';
import type {
  AutoBackupEntry,
  AutoBackupReason,
  WorkbenchApi,
} from '../../../shared/platform/workbenchApi';
import type { WorkbenchDb } from './db';
import { readAllTables } from './repositories/backupRepository';
import { CURRENT_SCHEMA_VERSION } from './schema';

/** The host calls automatic backups need. */
export type AutoBackupHost = Pick<
  WorkbenchApi,
  'getAppInfo' | 'writeAutoBackup' | 'listAutoBackups' | 'readAutoBackup'
>;

/** True when the database holds anything a user made: plans or actual values. */
export async function hasUserData(db: WorkbenchDb): Promise<boolean> {
  return (await db.plans.count()) > 0 || (await db.actualValues.count()) > 0;
}

/**
 * Writes one automatic backup of the current data. An empty database is not backed up: ten empty
 * backups written after data loss would push the last good ones out. Null when skipped.
 */
export async function writeAutomaticBackup(
  db: WorkbenchDb,
  host: AutoBackupHost,
  reason: AutoBackupReason,
  now: Date = new Date(),
): Promise<AutoBackupEntry | null> {
  if (!(await hasUserData(db))) return null;
  const tables = await readAllTables(db);
  return writeTables(host, tables, CURRENT_SCHEMA_VERSION, reason, now);
}

/** Writes the daily backup when none was written today (and the last is an hour old). */
export async function writeDailyBackupIfDue(
  db: WorkbenchDb,
  host: AutoBackupHost,
  now: Date = new Date(),
): Promise<AutoBackupEntry | null> {
  const [newest] = await host.listAutoBackups();
  if (!isDailyBackupDue(newest?.createdAt ?? null, now)) return null;
  return writeAutomaticBackup(db, host, 'daily', now);
}

/**
 * Backs up a database written with an older schema BEFORE it is upgraded (issue 5: back up
 * before every schema migration). Opens it without a schema (Dexie's dynamic mode), so nothing
 * is upgraded by reading, and reads every table it has.
 */
export async function writeBackupBeforeMigration(
  name: string,
  storedVersion: number,
  host: AutoBackupHost,
  now: Date = new Date(),
): Promise<AutoBackupEntry | null> {
  const old = new Dexie(name);
  try {
    await old.open();
    const names = new Set(old.tables.map((table) => table.name));
    const tables: Record<string, unknown[]> = {};
    for (const table of BACKUP_TABLE_NAMES) {
      tables[table] = names.has(table) ? await old.table(table).toArray() : [];
    }
    if ((tables.plans?.length ?? 0) === 0 && (tables.actualValues?.length ?? 0) === 0) return null;
    // Rows as an earlier schema stored them; readBackup validates them when they are restored.
    const snapshot = tables as unknown as BackupTables;
    return await writeTables(host, snapshot, storedVersion, 'migration', now);
  } finally {
    old.close();
  }
}

async function writeTables(
  host: AutoBackupHost,
  tables: BackupTables,
  schemaVersion: number,
  reason: AutoBackupReason,
  now: Date,
): Promise<AutoBackupEntry> {
  const { version } = await host.getAppInfo();
  const bytes = buildBackup(tables, { appVersion: version, schemaVersion, now });
  return host.writeAutoBackup({ reason, bytes });
}
