import {
  BACKUP_TABLE_NAMES,
  type BackupTableName,
  type BackupTables,
} from '../../../../shared/backup/backupFormat';
import { asPlanId } from '../../../../shared/domain/ids';
import type { Table } from 'dexie';
import type { WorkbenchDb } from '../db';
import type { WriteContext } from '../writeContext';
import { logEntry } from './plansRepository';
import { LAST_BACKUP_AT_KEY } from './settingsRepository';

/** What a restore records about the file it came from (for the change log). */
export type RestoreSource = {
  readonly fileName: string;
  /** ISO time the backup was made. */
  readonly createdAt: string;
};

/** The change-log action of a restore. */
export const RESTORE_ACTION = '从备份恢复';

/** Reads every table in one read transaction, so the backup is a consistent snapshot. */
export async function readAllTables(db: WorkbenchDb): Promise<BackupTables> {
  return db.transaction('r', tablesOf(db), async () => ({
    plans: await db.plans.toArray(),
    indicators: await db.indicators.toArray(),
    actualValues: await db.actualValues.toArray(),
    officialAssessments: await db.officialAssessments.toArray(),
    changeLog: await db.changeLog.toArray(),
    settings: await db.settings.toArray(),
    meta: await db.meta.toArray(),
    verdictOverrides: await db.verdictOverrides.toArray(),
    reportSections: await db.reportSections.toArray(),
    workItemLists: await db.workItemLists.toArray(),
    workItems: await db.workItems.toArray(),
    workItemProgress: await db.workItemProgress.toArray(),
    workItemChangeLog: await db.workItemChangeLog.toArray(),
    followUps: await db.followUps.toArray(),
  }));
}

/** The number of rows in every table (what a restore would replace). */
export async function countAllTables(db: WorkbenchDb): Promise<Record<BackupTableName, number>> {
  return db.transaction('r', tablesOf(db), async () => {
    const counts = {} as Record<BackupTableName, number>;
    for (const name of BACKUP_TABLE_NAMES) counts[name] = await db.table(name).count();
    return counts;
  });
}

/**
 * Replaces the whole database with validated backup tables (STYLE.md「Dexie conventions」):
 * clear() and bulkAdd of every table plus one 「从备份恢复」 change-log entry, in ONE rw
 * transaction, so any failure (a duplicate key → BulkError) leaves the database as it was.
 * The date of this browser's last export is kept when it is newer than the backup's: it is a
 * fact about this installation, not about the data.
 */
export async function restoreAllTables(
  db: WorkbenchDb,
  tables: BackupTables,
  source: RestoreSource,
  context: WriteContext,
): Promise<void> {
  const at = context.now().toISOString();
  await db.transaction('rw', tablesOf(db), async () => {
    const before = await countAllTables(db);
    const lastBackup = await db.meta.get(LAST_BACKUP_AT_KEY);
    for (const name of BACKUP_TABLE_NAMES) await db.table(name).clear();
    for (const name of BACKUP_TABLE_NAMES) await addInChunks(db.table(name), tables[name]);
    const restored = await db.meta.get(LAST_BACKUP_AT_KEY);
    if (lastBackup && String(lastBackup.value) > String(restored?.value ?? '')) {
      await db.meta.put(lastBackup);
    }
    const after = {
      fileName: source.fileName,
      createdAt: source.createdAt,
      plans: tables.plans.length,
      actualValues: tables.actualValues.length,
    };
    // A restore concerns the whole database, not one plan: it is logged with an empty plan id.
    await db.changeLog.add(
      logEntry(context, at, asPlanId(''), null, RESTORE_ACTION, before, after),
    );
  });
}

/**
 * Rows added per request batch. One bulkAdd of 100,000 rows queues 100,000 requests at once; in
 * fake-indexeddb (the tests and `npm run bench`) that queue is drained with Array.shift, which
 * made a 100,000-value restore take 36 s instead of 10 s (decision 0043). Batches are awaited in
 * turn inside the caller's transaction, so a failure still aborts everything.
 */
export const RESTORE_BATCH_ROWS = 10_000;

async function addInChunks(table: Table, rows: readonly unknown[]): Promise<void> {
  for (let start = 0; start < rows.length; start += RESTORE_BATCH_ROWS) {
    await table.bulkAdd(rows.slice(start, start + RESTORE_BATCH_ROWS));
  }
}

function tablesOf(db: WorkbenchDb) {
  return BACKUP_TABLE_NAMES.map((name) => db.table(name));
}
