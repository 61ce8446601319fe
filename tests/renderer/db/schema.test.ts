import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkbenchDb, type WorkbenchDb } from '../../../renderer/src/db/db';
import { describeStorageError } from '../../../renderer/src/db/errors';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  storedSchemaVersion,
} from '../../../renderer/src/db/schema';
import { VERSION_1_STORES } from '../../helpers/schemaVersion1';
import { makeJdzPlanBundle } from '../../helpers/jdzPlanBundle';

const bundle = makeJdzPlanBundle();
const AT = '2026-11-22T09:30:00.000Z';
const VERSION_1_ROWS = {
  plans: [{ ...bundle.plan, createdAt: AT, updatedAt: AT }],
  indicators: [...bundle.indicators],
  actualValues: bundle.actualValues.map((value) => ({ ...value, planId: bundle.plan.id })),
  officialAssessments: [],
  changeLog: [
    {
      id: 'log-1',
      at: AT,
      user: '王芳',
      planId: bundle.plan.id,
      indicatorId: null,
      action: '新建规划',
      origin: { type: 'manual' },
      before: null,
      after: '{"name":"景德镇"}',
    },
  ],
  settings: [{ key: 'userName', value: '王芳' }],
  meta: [{ key: 'builtinPlansInstalled', value: AT }],
} as const;

let counter = 0;
const opened: Dexie[] = [];

function freshName(): string {
  counter += 1;
  return `schema-test-${Date.now()}-${counter}`;
}

async function writeWithVersion(name: string, version: number): Promise<void> {
  const raw = new Dexie(name);
  raw.version(version).stores(VERSION_1_STORES);
  await raw.transaction('rw', raw.tables, async () => {
    for (const [table, rows] of Object.entries(VERSION_1_ROWS)) {
      await raw.table(table).bulkAdd([...rows]);
    }
  });
  raw.close();
}

describe('schema', () => {
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await db.delete();
    }
  });

  it('lists its versions newest first', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => b - a));
    expect(CURRENT_SCHEMA_VERSION).toBe(versions[0]);
    expect(SCHEMA_VERSIONS.at(-1)).toEqual({ version: 1, stores: VERSION_1_STORES });
  });

  it('keeps every row written with the first version when opened with the current one', async () => {
    const name = freshName();
    await writeWithVersion(name, 1);
    const db: WorkbenchDb = createWorkbenchDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.plans.toArray()).toEqual(VERSION_1_ROWS.plans);
    expect(await db.indicators.orderBy('id').toArray()).toEqual(
      [...VERSION_1_ROWS.indicators].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.actualValues.toArray()).toEqual(VERSION_1_ROWS.actualValues);
    expect(await db.officialAssessments.toArray()).toEqual([]);
    expect(await db.changeLog.toArray()).toEqual(VERSION_1_ROWS.changeLog);
    expect(await db.settings.toArray()).toEqual(VERSION_1_ROWS.settings);
    expect(await db.meta.toArray()).toEqual(VERSION_1_ROWS.meta);
    // Tables added by version 2 start empty.
    expect(await db.verdictOverrides.count()).toBe(0);
    expect(await db.reportSections.count()).toBe(0);
    // Tables added by version 3 (work items, issue 13) start empty.
    expect(await db.workItemLists.count()).toBe(0);
    expect(await db.workItems.count()).toBe(0);
    expect(await db.workItemProgress.count()).toBe(0);
    expect(await db.workItemChangeLog.count()).toBe(0);
    expect(await db.followUps.count()).toBe(0);
  });

  it('recognises data written by a newer version, which Dexie 4 alone would open', async () => {
    const name = freshName();
    await writeWithVersion(name, CURRENT_SCHEMA_VERSION + 1);
    expect(await storedSchemaVersion(name)).toBe(CURRENT_SCHEMA_VERSION + 1);
    // The pitfall the check exists for: Dexie opens it without a VersionError.
    const db = createWorkbenchDb(name);
    opened.push(db);
    await expect(db.open()).resolves.toBe(db);
  });

  it('reads the stored version of current data, and null for no database', async () => {
    const name = freshName();
    await writeWithVersion(name, 1);
    expect(await storedSchemaVersion(name)).toBe(1);
    expect(await storedSchemaVersion(freshName())).toBeNull();
    opened.push(new Dexie(name));
  });

  it('explains a VersionError in Chinese with a way out', () => {
    const message = describeStorageError({ name: 'VersionError' });
    expect(message).toContain('由更新版本的规划评估工作台写入');
    expect(message).toContain('请安装最新版本');
    expect(message).toContain('本机数据未做任何改动');
  });
});
