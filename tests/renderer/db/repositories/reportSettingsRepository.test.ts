import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asPlanId } from '../../../../shared/domain/ids';
import { EMPTY_FRAMING } from '../../../../shared/report/reportFraming';
import type { WorkbenchDb } from '../../../../renderer/src/db/db';
import {
  addPlanBundle,
  deletePlan,
} from '../../../../renderer/src/db/repositories/plansRepository';
import {
  getReferencePlanIds,
  getReportFraming,
  putReferencePlanIds,
  putReportFraming,
} from '../../../../renderer/src/db/repositories/reportSettingsRepository';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';
import { makeTestDb, makeWriteContext } from '../../../helpers/testDb';

const CITY = asPlanId('test-jdz');
const DISTRICT = asPlanId('test-cj');

describe('reportSettingsRepository', () => {
  let db: WorkbenchDb;
  beforeEach(async () => {
    db = makeTestDb();
    await addPlanBundle(db, makeJdzPlanBundle(CITY), makeWriteContext());
    await addPlanBundle(db, makeJdzPlanBundle(DISTRICT), makeWriteContext());
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('keeps the framing per plan, empty until saved', async () => {
    expect(await getReportFraming(db, CITY)).toEqual(EMPTY_FRAMING);
    const framing = { ...EMPTY_FRAMING, reporter: '张三', methods: ['thirdParty' as const] };
    await putReportFraming(db, CITY, framing);
    expect(await getReportFraming(db, CITY)).toEqual(framing);
    expect(await getReportFraming(db, DISTRICT)).toEqual(EMPTY_FRAMING);
    expect(await db.settings.get('report.framing:test-jdz')).toEqual({
      key: 'report.framing:test-jdz',
      value: framing,
    });
  });

  it('keeps the reference plans, never the plan itself nor a deleted one', async () => {
    await putReferencePlanIds(db, CITY, [DISTRICT, CITY, DISTRICT, asPlanId('gone')]);
    expect(await getReferencePlanIds(db, CITY)).toEqual([DISTRICT]);
    await deletePlan(db, DISTRICT, makeWriteContext());
    expect(await getReferencePlanIds(db, CITY)).toEqual([]);
  });
});
