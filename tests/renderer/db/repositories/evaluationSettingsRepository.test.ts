import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asPlanId } from '../../../../shared/domain/ids';
import { DEFAULT_EVALUATION_SETTINGS } from '../../../../shared/evaluation/evaluationSettings';
import { withSetting } from '../../../../shared/evaluation/settingsFields';
import type { WorkbenchDb } from '../../../../renderer/src/db/db';
import {
  evaluationSettingsKey,
  getPlanEvaluationSettings,
  resetPlanEvaluationSettings,
  savePlanEvaluationSettings,
} from '../../../../renderer/src/db/repositories/evaluationSettingsRepository';
import {
  addPlanBundle,
  deletePlan,
} from '../../../../renderer/src/db/repositories/plansRepository';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';
import { makeTestDb, makeWriteContext } from '../../../helpers/testDb';

const PLAN = asPlanId('test-jdz');
const OTHER = asPlanId('test-other');
const STRICT = withSetting(DEFAULT_EVALUATION_SETTINGS, 'midterm.onTrackRatio', 1);

describe('evaluationSettingsRepository', () => {
  let db: WorkbenchDb;
  beforeEach(async () => {
    db = makeTestDb();
    await addPlanBundle(db, makeJdzPlanBundle(PLAN), makeWriteContext());
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('gives the defaults when a plan has no thresholds stored', async () => {
    expect(await getPlanEvaluationSettings(db, PLAN)).toBe(DEFAULT_EVALUATION_SETTINGS);
  });

  it('stores thresholds per plan and logs the change', async () => {
    await savePlanEvaluationSettings(db, PLAN, STRICT, makeWriteContext('李四'));
    expect((await getPlanEvaluationSettings(db, PLAN)).midterm.onTrackRatio).toBe(1);
    expect(await getPlanEvaluationSettings(db, OTHER)).toBe(DEFAULT_EVALUATION_SETTINGS);
    const log = await db.changeLog.where('planId').equals(PLAN).toArray();
    const entry = log.find((row) => row.action === '修改评估阈值');
    expect(entry?.user).toBe('李四');
    expect(entry?.before).toBeNull();
    expect(JSON.parse(entry?.after ?? '{}').midterm.onTrackRatio).toBe(1);
  });

  it('restores the defaults by removing the row, logged once', async () => {
    await savePlanEvaluationSettings(db, PLAN, STRICT, makeWriteContext());
    await resetPlanEvaluationSettings(db, PLAN, makeWriteContext());
    await resetPlanEvaluationSettings(db, PLAN, makeWriteContext());
    expect(await db.settings.get(evaluationSettingsKey(PLAN))).toBeUndefined();
    expect(await getPlanEvaluationSettings(db, PLAN)).toBe(DEFAULT_EVALUATION_SETTINGS);
    const actions = (await db.changeLog.where('planId').equals(PLAN).toArray())
      .map((row) => row.action)
      .filter((action) => action.includes('阈值'));
    expect(actions).toEqual(['修改评估阈值', '评估阈值恢复默认']);
  });

  it('refuses thresholds out of order and writes nothing', async () => {
    const bad = withSetting(DEFAULT_EVALUATION_SETTINGS, 'midterm.onTrackRatio', 1.5);
    await expect(savePlanEvaluationSettings(db, PLAN, bad, makeWriteContext())).rejects.toThrow(
      '不应高于「midterm.aheadRatio」',
    );
    expect(await db.settings.get(evaluationSettingsKey(PLAN))).toBeUndefined();
  });

  it('reads a stored value that no longer checks as the defaults', async () => {
    await db.settings.put({ key: evaluationSettingsKey(PLAN), value: { midterm: 'x' } });
    expect(await getPlanEvaluationSettings(db, PLAN)).toBe(DEFAULT_EVALUATION_SETTINGS);
  });

  it('deletes the thresholds with the plan', async () => {
    await savePlanEvaluationSettings(db, PLAN, STRICT, makeWriteContext());
    await deletePlan(db, PLAN, makeWriteContext());
    expect(await db.settings.get(evaluationSettingsKey(PLAN))).toBeUndefined();
  });
});
