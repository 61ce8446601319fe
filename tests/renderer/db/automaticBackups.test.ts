import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackup } from '../../../shared/backup/readBackup';
import {
  autoBackupsToPrune,
  formatAutoBackupName,
  parseAutoBackupName,
} from '../../../shared/platform/autoBackupName';
import type { AutoBackupEntry } from '../../../shared/platform/workbenchApi';
import {
  type AutoBackupHost,
  writeAutomaticBackup,
  writeDailyBackupIfDue,
} from '../../../renderer/src/db/automaticBackups';
import { createWorkbenchDb, type WorkbenchDb } from '../../../renderer/src/db/db';
import { openDatabase } from '../../../renderer/src/db/openDatabase';
import { addPlanBundle } from '../../../renderer/src/db/repositories/plansRepository';
import { CURRENT_SCHEMA_VERSION, storedSchemaVersion } from '../../../renderer/src/db/schema';
import { VERSION_1_STORES } from '../../helpers/schemaVersion1';
import { makeJdzPlanBundle } from '../../helpers/jdzPlanBundle';
import { makeTestDb, makeWriteContext } from '../../helpers/testDb';

/** A host keeping backups in memory, as Electron main keeps files: named, newest 10. */
function memoryHost(options: { failWrite?: boolean } = {}) {
  const files = new Map<string, Uint8Array>();
  let clock = Date.UTC(2026, 10, 22, 1, 0, 0);
  const host: AutoBackupHost = {
    getAppInfo: async () => ({
      name: '规划评估工作台',
      version: '0.2.0',
      platform: 'electron',
      dataLocation: '',
    }),
    writeAutoBackup: async ({ reason, bytes }) => {
      if (options.failWrite) throw new Error('自动备份失败：磁盘空间不足。');
      const fileName = formatAutoBackupName(new Date((clock += 1000)), reason);
      files.set(fileName, bytes);
      for (const old of autoBackupsToPrune([...files.keys()])) files.delete(old);
      return entryOf(fileName, bytes);
    },
    listAutoBackups: async () =>
      [...files.keys()]
        .sort()
        .reverse()
        .map((name) => entryOf(name, files.get(name)!)),
    readAutoBackup: async (name) => files.get(name)!,
  };
  return { files, host };
}

function entryOf(fileName: string, bytes: Uint8Array): AutoBackupEntry {
  const parsed = parseAutoBackupName(fileName)!;
  return { fileName, ...parsed, byteLength: bytes.byteLength };
}

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function dbWithJdz(): Promise<WorkbenchDb> {
  const db = makeTestDb();
  opened.push(db);
  await addPlanBundle(db, makeJdzPlanBundle(), makeWriteContext());
  return db;
}

describe('automatic backups', () => {
  it('writes a backup that reads back to the same tables', async () => {
    const db = await dbWithJdz();
    const { files, host } = memoryHost();
    const entry = await writeAutomaticBackup(db, host, 'quit');
    expect(entry?.reason).toBe('quit');
    const read = readBackup(files.get(entry!.fileName)!, {
      currentSchemaVersion: CURRENT_SCHEMA_VERSION,
    });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.appVersion).toBe('0.2.0');
    expect(read.value.counts.indicators).toBe(4);
    expect(read.value.tables.actualValues).toEqual(await db.actualValues.toArray());
  });

  it('never backs up an empty database, so good backups are not pushed out', async () => {
    const db = makeTestDb();
    opened.push(db);
    const { files, host } = memoryHost();
    expect(await writeAutomaticBackup(db, host, 'quit')).toBeNull();
    expect(files.size).toBe(0);
  });

  it('writes the daily backup once a day', async () => {
    const db = await dbWithJdz();
    const { files, host } = memoryHost();
    const morning = new Date(2026, 10, 22, 9, 0);
    expect((await writeDailyBackupIfDue(db, host, morning))?.reason).toBe('daily');
    expect(await writeDailyBackupIfDue(db, host, new Date(2026, 10, 22, 17, 0))).toBeNull();
    expect(files.size).toBe(1);
  });
});

async function writeVersion1Database(name: string): Promise<void> {
  const raw = new Dexie(name);
  raw.version(1).stores(VERSION_1_STORES);
  const bundle = makeJdzPlanBundle();
  const at = '2026-11-01T08:00:00.000Z';
  await raw.table('plans').add({ ...bundle.plan, createdAt: at, updatedAt: at });
  await raw.table('indicators').bulkAdd([...bundle.indicators]);
  await raw.table('meta').add({ key: 'builtinPlansInstalled', value: at });
  raw.close();
}

describe('openDatabase and automatic backups', () => {
  it('backs up data of the older schema before upgrading it', async () => {
    const name = `migration-${Date.now()}`;
    await writeVersion1Database(name);
    const { files, host } = memoryHost();
    const db = createWorkbenchDb(name);
    opened.push(db);
    expect(await openDatabase(db, host)).toEqual({ status: 'ready', installedSeeds: 0 });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const [fileName] = [...files.keys()];
    expect(parseAutoBackupName(fileName)?.reason).toBe('migration');
    const read = readBackup(files.get(fileName!)!, {
      currentSchemaVersion: CURRENT_SCHEMA_VERSION,
    });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.schemaVersion).toBe(1);
    expect(read.value.counts.plans).toBe(1);
    expect(read.value.counts.indicators).toBe(4);
  });

  it('does not upgrade when the backup before it fails, and says why', async () => {
    const name = `migration-fail-${Date.now()}`;
    await writeVersion1Database(name);
    const db = createWorkbenchDb(name);
    opened.push(db);
    const startup = await openDatabase(db, memoryHost({ failWrite: true }).host);
    expect(startup).toEqual({
      status: 'failed',
      message:
        '本机数据需要升级到新的数据结构，但升级前的自动备份未能完成（自动备份失败：磁盘空间不足。）。为保护数据，本次未做升级，数据未改动。请释放磁盘空间后重新打开。',
    });
    expect(await storedSchemaVersion(name)).toBe(1);
  });

  it('offers the newest backup when it finds a new, empty database', async () => {
    const { host } = memoryHost();
    await writeAutomaticBackup(await dbWithJdz(), host, 'daily');
    const fresh = makeTestDb();
    opened.push(fresh);
    const startup = await openDatabase(fresh, host);
    expect(startup.status).toBe('emptyWithBackups');
    expect(startup.status === 'emptyWithBackups' && startup.backups).toHaveLength(1);
    // Nothing was installed while the user decides.
    expect(await fresh.plans.count()).toBe(0);
  });

  it('installs the built-in plans on a first start without backups', async () => {
    const fresh = makeTestDb();
    opened.push(fresh);
    const startup = await openDatabase(fresh, memoryHost().host);
    expect(startup).toEqual({ status: 'ready', installedSeeds: 6 });
  });
});
