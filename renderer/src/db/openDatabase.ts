import type { WorkbenchDb } from './db';
import { describeStorageError } from './errors';
import { getUserName } from './repositories/settingsRepository';
import { installBuiltinPlansOnFirstStart } from './seedInstaller';
import { appWriteContext } from './writeContext';

/** Outcome of opening the database at start-up. */
export type DatabaseStartup =
  | { readonly status: 'ready'; readonly installedSeeds: number }
  | { readonly status: 'failed'; readonly message: string };

/**
 * Opens the database, asks the browser to keep it (persistent storage), and installs the
 * built-in plans on the first start. Failures become a Chinese message, never a blank screen.
 */
export async function openDatabase(db: WorkbenchDb): Promise<DatabaseStartup> {
  try {
    if (typeof indexedDB === 'undefined') {
      return { status: 'failed', message: describeStorageError({ name: 'MissingAPIError' }) };
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
