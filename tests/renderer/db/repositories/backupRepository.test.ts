import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBackup } from '../../../../shared/backup/buildBackup';
import { readBackup } from '../../../../shared/backup/readBackup';
import { asPlanId, makeIndicatorId } from '../../../../shared/domain/ids';
import type { WorkbenchDb } from '../../../../renderer/src/db/db';
import { putActualValues } from '../../../../renderer/src/db/repositories/actualValuesRepository';
import {
  countAllTables,
  readAllTables,
  restoreAllTables,
  RESTORE_ACTION,
  RESTORE_BATCH_ROWS,
} from '../../../../renderer/src/db/repositories/backupRepository';
import { deletePlan } from '../../../../renderer/src/db/repositories/plansRepository';
import {
  getLastBackupAt,
  setLastBackupAt,
  setUserName,
} from '../../../../renderer/src/db/repositories/settingsRepository';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import { installBuiltinPlansOnFirstStart } from '../../../../renderer/src/db/seedInstaller';
import { makeTestDb, makeWriteContext } from '../../../helpers/testDb';

const JDZ_14 = asPlanId('seed-jdz-14');
const SOURCE = { fileName: 'backup.json', createdAt: '2026-11-22T09:30:00.000Z' };

/** The built-in plans, one typed value and a user name: a real database. */
async function fillWithRealData(db: WorkbenchDb): Promise<void> {
  await installBuiltinPlansOnFirstStart(db, makeWriteContext('系统'));
  await setUserName(db, '王芳');
  await putActualValues(
    db,
    JDZ_14,
    [
      {
        indicatorId: makeIndicatorId(JDZ_14, 1),
        year: 2021,
        measure: 'value',
        next: { value: 1030, status: '快报数', source: '市统计局', note: '' },
      },
    ],
    makeWriteContext('王芳'),
  );
}

/** A backup made as the app makes it: every table through the file format and back. */
async function backUp(db: WorkbenchDb) {
  const bytes = buildBackup(await readAllTables(db), {
    appVersion: '0.1.0',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    now: new Date('2026-11-22T09:30:00.000Z'),
  });
  const read = readBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
  if (!read.ok) throw new Error(read.error.message);
  return read.value.tables;
}

describe('backupRepository', () => {
  let db: WorkbenchDb;
  beforeEach(() => {
    db = makeTestDb();
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('restores exactly the rows that were backed up, plus one 「从备份恢复」 log entry', async () => {
    await fillWithRealData(db);
    const before = await readAllTables(db);
    expect(before.plans).toHaveLength(6);
    expect(before.actualValues.length).toBeGreaterThan(100);
    const tables = await backUp(db);
    for (const plan of before.plans) await deletePlan(db, plan.id, makeWriteContext());
    await db.settings.clear();
    expect(await db.plans.count()).toBe(0);

    await restoreAllTables(db, tables, SOURCE, makeWriteContext('李四'));

    const after = await readAllTables(db);
    const byKey = <T>(rows: readonly T[], key: (row: T) => string) =>
      [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    const valueKey = (v: { indicatorId: string; year: number; measure: string }) =>
      `${v.indicatorId}|${v.year}|${v.measure}`;
    expect(byKey(after.plans, (p) => p.id)).toEqual(byKey(before.plans, (p) => p.id));
    expect(byKey(after.indicators, (i) => i.id)).toEqual(byKey(before.indicators, (i) => i.id));
    expect(byKey(after.actualValues, valueKey)).toEqual(byKey(before.actualValues, valueKey));
    expect(after.officialAssessments).toEqual(before.officialAssessments);
    expect(after.settings).toEqual(before.settings);
    expect(after.meta).toEqual(before.meta);
    const restoreEntries = after.changeLog.filter((e) => e.action === RESTORE_ACTION);
    expect(after.changeLog.filter((e) => e.action !== RESTORE_ACTION)).toEqual(before.changeLog);
    expect(restoreEntries).toHaveLength(1);
    expect(restoreEntries[0]).toMatchObject({ user: '李四', origin: { type: 'manual' } });
    expect(JSON.parse(restoreEntries[0]!.after!)).toEqual({
      ...SOURCE,
      plans: 6,
      actualValues: before.actualValues.length,
    });
    const typed = await db.actualValues.get([makeIndicatorId(JDZ_14, 1), 2021, 'value']);
    expect(typed).toMatchObject({ value: 1030, status: '快报数', source: '市统计局' });
  });

  it('leaves the database as it was when a restore fails (duplicate key → BulkError)', async () => {
    await fillWithRealData(db);
    const tables = await backUp(db);
    await deletePlan(db, tables.plans[0]!.id, makeWriteContext());
    const before = await readAllTables(db);
    const broken = { ...tables, indicators: [...tables.indicators, tables.indicators[0]!] };

    await expect(restoreAllTables(db, broken, SOURCE, makeWriteContext())).rejects.toMatchObject({
      name: 'BulkError',
    });

    expect(await readAllTables(db)).toEqual(before);
  });

  it('writes a table of more than one batch whole, and undoes earlier batches when a later fails', async () => {
    await fillWithRealData(db);
    const tables = await backUp(db);
    const indicatorId = makeIndicatorId(JDZ_14, 1);
    // One value per year from 1: a full batch and one more row (years are not checked here).
    const values = Array.from({ length: RESTORE_BATCH_ROWS + 1 }, (_, index) => ({
      indicatorId,
      planId: JDZ_14,
      year: index + 1,
      measure: 'value' as const,
      value: index,
      status: '年报数' as const,
      source: '',
      note: '',
    }));
    await restoreAllTables(db, { ...tables, actualValues: values }, SOURCE, makeWriteContext());
    expect(await db.actualValues.count()).toBe(values.length);
    expect((await db.actualValues.get([indicatorId, values.length, 'value']))?.value).toBe(
      values.length - 1,
    );

    const before = await readAllTables(db);
    // The repeat is the last row: the first batch is written before the second fails.
    const broken = { ...tables, actualValues: [...values.slice(1), values[5]!] };
    await expect(restoreAllTables(db, broken, SOURCE, makeWriteContext())).rejects.toMatchObject({
      name: 'BulkError',
    });
    expect(await readAllTables(db)).toEqual(before);
  }, 120_000);

  it('keeps the date of the last export when the backup is older', async () => {
    await fillWithRealData(db);
    const tables = await backUp(db);
    await setLastBackupAt(db, new Date('2026-11-23T08:00:00.000Z'));
    await restoreAllTables(db, tables, SOURCE, makeWriteContext());
    expect(await getLastBackupAt(db)).toBe('2026-11-23T08:00:00.000Z');
  });

  it('counts the rows of every table', async () => {
    await fillWithRealData(db);
    const counts = await countAllTables(db);
    expect(counts.plans).toBe(6);
    expect(counts.settings).toBe(1);
    expect(counts.indicators).toBe(await db.indicators.count());
  });
});
