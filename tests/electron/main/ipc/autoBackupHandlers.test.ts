import { describe, expect, it } from 'vitest';
import {
  createListAutoBackupsHandler,
  createReadAutoBackupHandler,
  createWriteAutoBackupHandler,
  type AutoBackupPorts,
} from '../../../../electron/main/ipc/autoBackupHandlers';

/** A backup folder in memory; `now` advances one minute per write. */
function memoryFolder(options: { failWrite?: string } = {}) {
  const files = new Map<string, Uint8Array>();
  let minute = 0;
  const ports: AutoBackupPorts = {
    directory: '/data/backups',
    joinPath: (directory, name) => `${directory}/${name}`,
    listFiles: async () => [...files.keys()].map((path) => path.slice('/data/backups/'.length)),
    fileSize: async (path) => {
      const bytes = files.get(path);
      if (!bytes) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return bytes.byteLength;
    },
    readFile: async (path) => files.get(path) ?? new Uint8Array(),
    writeFileAtomic: async (path, bytes) => {
      if (options.failWrite) throw Object.assign(new Error('x'), { code: options.failWrite });
      files.set(path, bytes);
    },
    removeFile: async (path) => {
      files.delete(path);
    },
    now: () => new Date(Date.UTC(2026, 10, 22, 9, minute++, 0)),
  };
  return { files, ports };
}

describe('automatic backup handlers', () => {
  it('names each backup after its time and reason and keeps the newest 10', async () => {
    const { files, ports } = memoryFolder();
    files.set('/data/backups/notes.txt', new Uint8Array([1]));
    const write = createWriteAutoBackupHandler(ports);
    for (let i = 0; i < 12; i += 1) {
      await write({ reason: i === 0 ? 'migration' : 'daily', bytes: new Uint8Array(i + 1) });
    }
    const listed = await createListAutoBackupsHandler(ports)();
    expect(listed).toHaveLength(10);
    expect(listed[0]).toEqual({
      fileName: 'auto-20261122T091100000Z-daily.json',
      createdAt: '2026-11-22T09:11:00.000Z',
      reason: 'daily',
      byteLength: 12,
    });
    expect(listed.at(-1)?.fileName).toBe('auto-20261122T090200000Z-daily.json');
    // Files that are not our backups are left alone.
    expect(files.has('/data/backups/notes.txt')).toBe(true);
  });

  it('reads a backup back by name', async () => {
    const { ports } = memoryFolder();
    const entry = await createWriteAutoBackupHandler(ports)({
      reason: 'quit',
      bytes: new Uint8Array([7, 8]),
    });
    expect(await createReadAutoBackupHandler(ports)(entry.fileName)).toEqual(
      new Uint8Array([7, 8]),
    );
  });

  it('says in Chinese why a backup could not be written', async () => {
    const { ports } = memoryFolder({ failWrite: 'ENOSPC' });
    await expect(
      createWriteAutoBackupHandler(ports)({ reason: 'quit', bytes: new Uint8Array([1]) }),
    ).rejects.toThrow('自动备份失败：磁盘空间不足。');
  });
});
