/** The real automatic-backup ports: Node's file system under the user-data folder. */
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AutoBackupPorts } from './autoBackupHandlers';

/** Name of the folder inside userData that holds the automatic backups. */
export const AUTO_BACKUP_FOLDER = 'backups';

/** Builds the ports for backups in `<userData>/backups`. */
export function createAutoBackupPorts(userDataPath: string): AutoBackupPorts {
  return {
    directory: path.join(userDataPath, AUTO_BACKUP_FOLDER),
    joinPath: (directory, name) => path.join(directory, name),
    listFiles: async (directory) => {
      try {
        return await readdir(directory);
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') return [];
        throw error;
      }
    },
    fileSize: async (filePath) => (await stat(filePath)).size,
    readFile: (filePath) => readFile(filePath),
    // A crash mid-write leaves a .tmp file, never a truncated backup under a backup's name.
    writeFileAtomic: async (filePath, bytes) => {
      await mkdir(path.dirname(filePath), { recursive: true });
      const temporary = `${filePath}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, filePath);
    },
    removeFile: (filePath) => rm(filePath, { force: true }),
    now: () => new Date(),
  };
}
