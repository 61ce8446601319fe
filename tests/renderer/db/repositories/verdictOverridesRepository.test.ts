import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asPlanId, makeIndicatorId } from '../../../../shared/domain/ids';
import type { WorkbenchDb } from '../../../../renderer/src/db/db';
import { deleteIndicator } from '../../../../renderer/src/db/repositories/indicatorsRepository';
import {
  addPlanBundle,
  deletePlan,
} from '../../../../renderer/src/db/repositories/plansRepository';
import {
  listVerdictOverrides,
  removeVerdictOverride,
  saveVerdictOverride,
} from '../../../../renderer/src/db/repositories/verdictOverridesRepository';
import type { VerdictOverrideRow } from '../../../../renderer/src/db/rows';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';
import { makeTestDb, makeWriteContext } from '../../../helpers/testDb';

const PLAN = asPlanId('test-jdz');
const GDP = makeIndicatorId(PLAN, 1);
const OVERRIDE: VerdictOverrideRow = {
  planId: PLAN,
  indicatorId: GDP,
  year: 2023,
  mode: 'midterm',
  verdict: '符合预期',
  reason: '2023年统计口径调整，按可比口径测算已达预期',
  decidedAt: '2026-11-22T10:00:00.000Z',
  decidedBy: '王芳',
};

describe('verdictOverridesRepository', () => {
  let db: WorkbenchDb;
  beforeEach(async () => {
    db = makeTestDb();
    await addPlanBundle(db, makeJdzPlanBundle(PLAN), makeWriteContext());
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('saves an override for one year and mode only, and logs it', async () => {
    await saveVerdictOverride(db, OVERRIDE, makeWriteContext());
    const overrides = await listVerdictOverrides(db, PLAN, 2023, 'midterm');
    expect([...overrides]).toEqual([
      [
        GDP,
        {
          verdict: '符合预期',
          reason: '2023年统计口径调整，按可比口径测算已达预期',
          decidedAt: '2026-11-22T10:00:00.000Z',
          decidedBy: '王芳',
        },
      ],
    ]);
    expect((await listVerdictOverrides(db, PLAN, 2024, 'midterm')).size).toBe(0);
    expect((await listVerdictOverrides(db, PLAN, 2023, 'final')).size).toBe(0);
    const entry = (await db.changeLog.toArray()).find((row) => row.action === '人工研判');
    expect(entry?.before).toBeNull();
    expect(JSON.parse(entry?.after ?? '{}')).toEqual({
      year: 2023,
      verdict: '符合预期',
      reason: '2023年统计口径调整，按可比口径测算已达预期',
    });
  });

  it('refuses an override without a reason and stores nothing', async () => {
    await expect(saveVerdictOverride(db, { ...OVERRIDE, reason: '  ' })).rejects.toThrow(
      '人工研判必须填写理由',
    );
    expect(await db.verdictOverrides.count()).toBe(0);
  });

  it('replaces the override of the same key and removes it again', async () => {
    await saveVerdictOverride(db, OVERRIDE);
    await saveVerdictOverride(db, { ...OVERRIDE, verdict: '滞后', reason: '复核后仍滞后' });
    expect(await db.verdictOverrides.count()).toBe(1);
    await removeVerdictOverride(
      db,
      { indicatorId: GDP, year: 2023, mode: 'midterm' },
      makeWriteContext(),
    );
    expect(await db.verdictOverrides.count()).toBe(0);
    expect((await db.changeLog.toArray()).map((row) => row.action)).toContain('撤销人工研判');
  });

  it('goes with its indicator and with its plan', async () => {
    await saveVerdictOverride(db, OVERRIDE);
    await saveVerdictOverride(db, { ...OVERRIDE, indicatorId: makeIndicatorId(PLAN, 2) });
    await deleteIndicator(db, GDP, makeWriteContext());
    expect((await db.verdictOverrides.toArray()).map((row) => row.indicatorId)).toEqual([
      makeIndicatorId(PLAN, 2),
    ]);
    await deletePlan(db, PLAN, makeWriteContext());
    expect(await db.verdictOverrides.count()).toBe(0);
  });
});
