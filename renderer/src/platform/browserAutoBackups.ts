/**
 * Automatic backups in web mode: kept in a second IndexedDB database, apart from the workbench
 * database, so a failed migration or a damaged workbench database leaves them intact (they go,
 * of course, when the user clears the browser's site data — hence the web-mode reminder).
 * Plain IndexedDB: Dexie belongs to renderer/src/db, which holds the user's data.
 */
import {
  autoBackupsToPrune,
  formatAutoBackupName,
  parseAutoBackupName,
} from '../../../shared/platform/autoBackupName';
import type {
  AutoBackupEntry,
  WriteAutoBackupRequest,
} from '../../../shared/platform/workbenchApi';

/** Name of the browser database that holds automatic backups. */
export const AUTO_BACKUP_DB_NAME = 'plan-evaluation-workbench-backups';
const STORE = 'backups';

type StoredBackup = { readonly fileName: string; readonly bytes: Uint8Array };

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(AUTO_BACKUP_DB_NAME, 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore(STORE, { keyPath: 'fileName' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('无法打开自动备份存储'));
  });
}

async function inStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const db = await openStore();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request ? request.result : undefined);
      transaction.onerror = () => reject(transaction.error ?? new Error('自动备份存储出错'));
      transaction.onabort = () => reject(transaction.error ?? new Error('自动备份存储出错'));
    });
  } finally {
    db.close();
  }
}

/** Keeps one backup and drops those beyond the newest 10, in one transaction. */
export async function writeBrowserAutoBackup(
  request: WriteAutoBackupRequest,
  now: Date = new Date(),
): Promise<AutoBackupEntry> {
  const fileName = formatAutoBackupName(now, request.reason);
  const names = ((await inStore('readonly', (store) => store.getAllKeys())) ?? []).map(String);
  await inStore('readwrite', (store) => {
    store.put({ fileName, bytes: request.bytes } satisfies StoredBackup);
    for (const name of autoBackupsToPrune([...names, fileName])) store.delete(name);
  });
  return entryOf({ fileName, bytes: request.bytes });
}

/** The kept backups, newest first. */
export async function listBrowserAutoBackups(): Promise<AutoBackupEntry[]> {
  const rows = ((await inStore('readonly', (store) => store.getAll())) ?? []) as StoredBackup[];
  return rows
    .filter((row) => parseAutoBackupName(row.fileName) !== null)
    .sort((a, b) => b.fileName.localeCompare(a.fileName))
    .map(entryOf);
}

/** The bytes of one kept backup. */
export async function readBrowserAutoBackup(fileName: string): Promise<Uint8Array> {
  const row = (await inStore('readonly', (store) => store.get(fileName))) as
    StoredBackup | undefined;
  if (!row) throw new Error(`找不到自动备份「${fileName}」。`);
  return row.bytes;
}

function entryOf(row: StoredBackup): AutoBackupEntry {
  const parsed = parseAutoBackupName(row.fileName);
  return {
    fileName: row.fileName,
    createdAt: parsed?.createdAt ?? '',
    reason: parsed?.reason ?? 'daily',
    byteLength: row.bytes.byteLength,
  };
}
