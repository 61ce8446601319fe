import type { AutoBackupEntry } from '../../../shared/platform/workbenchApi';
import { writeBackupBeforeMigration, type AutoBackupHost } from './automaticBackups';
import type { WorkbenchDb } from './db';
import { describeStorageError } from './errors';
import { getUserName } from './repositories/settingsRepository';
import { CURRENT_SCHEMA_VERSION, storedSchemaVersion } from './schema';
import { installBuiltinPlansOnFirstStart } from './seedInstaller';
import { installBuiltinWorkItemsOnce } from './workItemSeedInstaller';
import { appWriteContext } from './writeContext';

/** Outcome of opening the database at start-up. */
export type DatabaseStartup =
  | { readonly status: 'ready'; readonly installedSeeds: number }
  | { readonly status: 'failed'; readonly message: string }
  /** Data written by a newer version of the app: never opened, so never written into. */
  | { readonly status: 'newer'; readonly storedVersion: number }
  /** A new, empty database while automatic backups exist (data lost?): offer the newest. */
  | { readonly status: 'emptyWithBackups'; readonly backups: readonly AutoBackupEntry[] };

/**
 * Refuses data written by a newer version, backs up data of an older one before upgrading it,
 * opens the database, asks the browser to keep it (persistent storage), and on the first start
 * either offers the newest automatic backup (when there is one: the data may have been lost) or
 * installs the built-in plans. Failures become a Chinese message, never a blank screen.
 */
export async function openDatabase(
  db: WorkbenchDb,
  host: AutoBackupHost | null = null,
): Promise<DatabaseStartup> {
  try {
    if (typeof indexedDB === 'undefined') {
      return { status: 'failed', message: describeStorageError({ name: 'MissingAPIError' }) };
    }
    // Dexie 4 opens a database of a newer schema without complaint: check the version first.
    const storedVersion = await storedSchemaVersion(db.name).catch(() => null);
    if (storedVersion !== null && storedVersion > CURRENT_SCHEMA_VERSION) {
      return { status: 'newer', storedVersion };
    }
    if (host && storedVersion !== null && storedVersion < CURRENT_SCHEMA_VERSION) {
      const refused = await backUpBeforeMigration(db.name, storedVersion, host);
      if (refused) return refused;
    }
    await db.open();
    void requestPersistentStorage();
    if (host && (await isFirstStart(db))) {
      const backups = await host.listAutoBackups().catch(() => []);
      if (backups.length > 0) return { status: 'emptyWithBackups', backups };
    }
    return { status: 'ready', installedSeeds: await finishFirstStart(db) };
  } catch (error) {
    return { status: 'failed', message: describeStorageError(error) };
  }
}

/**
 * Installs the built-in plans on the first start (once: decision 0009) and the built-in work items
 * once per database; returns how many plans were added.
 */
export async function finishFirstStart(db: WorkbenchDb): Promise<number> {
  const user = (await getUserName(db)) || '系统';
  const context = appWriteContext(user, { type: 'system' });
  const plans = await installBuiltinPlansOnFirstStart(db, context);
  await installBuiltinWorkItemsOnce(db, context);
  return plans;
}

async function isFirstStart(db: WorkbenchDb): Promise<boolean> {
  return (await db.meta.count()) === 0 && (await db.plans.count()) === 0;
}

async function backUpBeforeMigration(
  name: string,
  storedVersion: number,
  host: AutoBackupHost,
): Promise<DatabaseStartup | null> {
  try {
    await writeBackupBeforeMigration(name, storedVersion, host);
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : describeStorageError(error);
    return {
      status: 'failed',
      message: `本机数据需要升级到新的数据结构，但升级前的自动备份未能完成（${reason}）。为保护数据，本次未做升级，数据未改动。请释放磁盘空间后重新打开。`,
    };
  }
}

async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
