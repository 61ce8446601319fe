import type { WorkbenchDb } from './db';
import { describeStorageError } from './errors';
import { getUserName } from './repositories/settingsRepository';
import { CURRENT_SCHEMA_VERSION, storedSchemaVersion } from './schema';
import { installBuiltinPlansOnFirstStart } from './seedInstaller';
import { appWriteContext } from './writeContext';

/** Outcome of opening the database at start-up. */
export type DatabaseStartup =
  | { readonly status: 'ready'; readonly installedSeeds: number }
  | { readonly status: 'failed'; readonly message: string }
  /** Data written by a newer version of the app: never opened, so never written into. */
  | { readonly status: 'newer'; readonly storedVersion: number };

/**
 * Refuses data written by a newer version, opens the database, asks the browser to keep it (persistent storage), and installs the
 * built-in plans on the first start. Failures become a Chinese message, never a blank screen.
 */
export async function openDatabase(db: WorkbenchDb): Promise<DatabaseStartup> {
  try {
    if (typeof indexedDB === 'undefined') {
      return { status: 'failed', message: describeStorageError({ name: 'MissingAPIError' }) };
    }
    // Dexie 4 opens a database of a newer schema without complaint: check the version first.
    const storedVersion = await storedSchemaVersion(db.name).catch(() => null);
    if (storedVersion !== null && storedVersion > CURRENT_SCHEMA_VERSION) {
      return { status: 'newer', storedVersion };
    }
    await db.open();
    void requestPersistentStorage();
    const user = (await getUserName(db)) || '系统';
    const installedSeeds = await installBuiltinPlansOnFirstStart(
      db,
      appWriteContext(user, { type: 'system' }),
    );
    return { status: 'ready', installedSeeds };
  } catch (error) {
    return { status: 'failed', message: describeStorageError(error) };
  }
}

async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
