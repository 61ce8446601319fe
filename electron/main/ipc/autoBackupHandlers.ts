/**
 * Automatic backups in the user-data folder (issue 5「Backup and restore」): written on quit,
 * daily and before a schema migration, the newest 10 kept. The renderer hands over the bytes
 * (the data lives in its IndexedDB); main names the files, so the renderer never chooses a path.
 */
import {
  autoBackupsToPrune,
  formatAutoBackupName,
  parseAutoBackupName,
} from '../../../shared/platform/autoBackupName';
import { MAX_FILE_BYTES } from '../../../shared/platform/validate';
import type {
  AutoBackupEntry,
  WriteAutoBackupRequest,
} from '../../../shared/platform/workbenchApi';
import { HandlerError, describeFileSystemError } from './errors';
import type { FileSize, ReadFile } from './ports';

/** What the automatic-backup handlers need; electronPorts.ts builds the real ones. */
export type AutoBackupPorts = {
  /** Absolute path of the backup folder (created on the first write). */
  readonly directory: string;
  readonly joinPath: (directory: string, name: string) => string;
  /** Names of the files in a folder; [] when it does not exist. */
  readonly listFiles: (directory: string) => Promise<string[]>;
  readonly fileSize: FileSize;
  readonly readFile: ReadFile;
  /** Creates the folder if needed, writes a temporary file and renames it into place. */
  readonly writeFileAtomic: (filePath: string, bytes: Uint8Array) => Promise<void>;
  readonly removeFile: (filePath: string) => Promise<void>;
  readonly now: () => Date;
};

/** Creates the `writeAutoBackup` handler: write, then prune beyond the newest 10. */
export function createWriteAutoBackupHandler(
  ports: AutoBackupPorts,
): (request: WriteAutoBackupRequest) => Promise<AutoBackupEntry> {
  return async (request) => {
    const fileName = formatAutoBackupName(ports.now(), request.reason);
    try {
      await ports.writeFileAtomic(ports.joinPath(ports.directory, fileName), request.bytes);
    } catch (error) {
      const reason = describeFileSystemError(error) ?? '无法写入用户数据文件夹';
      throw new HandlerError('io-error', `自动备份失败：${reason}。`);
    }
    // Pruning is housekeeping: a file that cannot be removed now is removed next time.
    const names = await ports.listFiles(ports.directory).catch(() => []);
    for (const name of autoBackupsToPrune(names)) {
      await ports.removeFile(ports.joinPath(ports.directory, name)).catch(() => undefined);
    }
    return entryOf(fileName, request.reason, request.bytes.byteLength);
  };
}

/** Creates the `listAutoBackups` handler: our backup files, newest first. */
export function createListAutoBackupsHandler(
  ports: AutoBackupPorts,
): () => Promise<AutoBackupEntry[]> {
  return async () => {
    const names = (await ports.listFiles(ports.directory))
      .filter((name) => parseAutoBackupName(name) !== null)
      .sort()
      .reverse();
    const entries: AutoBackupEntry[] = [];
    for (const name of names) {
      const parsed = parseAutoBackupName(name);
      const size = await ports.fileSize(ports.joinPath(ports.directory, name)).catch(() => null);
      if (parsed && size !== null) entries.push(entryOf(name, parsed.reason, size));
    }
    return entries;
  };
}

/** Creates the `readAutoBackup` handler; the guard has already checked the name's pattern. */
export function createReadAutoBackupHandler(
  ports: AutoBackupPorts,
): (fileName: string) => Promise<Uint8Array> {
  return async (fileName) => {
    const filePath = ports.joinPath(ports.directory, fileName);
    const size = await ports.fileSize(filePath);
    if (size > MAX_FILE_BYTES) {
      throw new HandlerError('file-too-large', '自动备份文件过大，无法读取。');
    }
    return ports.readFile(filePath);
  };
}

function entryOf(
  fileName: string,
  reason: AutoBackupEntry['reason'],
  byteLength: number,
): AutoBackupEntry {
  const createdAt = parseAutoBackupName(fileName)?.createdAt ?? '';
  return { fileName, createdAt, reason, byteLength };
}
