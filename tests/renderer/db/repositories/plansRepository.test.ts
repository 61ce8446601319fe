import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asPlanId, makeIndicatorId } from '../../../../shared/domain/ids';
import type { WorkbenchDb } from '../../../../renderer/src/db/db';
import {
  addPlanBundle,
  countIndicatorsByPlan,
  deletePlan,
  listIndicators,
  listPlans,
} from '../../../../renderer/src/db/repositories/plansRepository';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';
import { makeTestDb, makeWriteContext } from '../../../helpers/testDb';

describe('plansRepository', () => {
  let db: WorkbenchDb;
  beforeEach(() => {
    db = makeTestDb();
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('stores a whole plan bundle and logs its creation', async () => {
    await addPlanBundle(db, makeJdzPlanBundle(), makeWriteContext());
    const plans = await listPlans(db);
    expect(plans.map((p) => [p.id, p.region, p.createdAt])).toEqual([
      ['test-jdz', '景德镇市', '2026-11-22T09:30:00.000Z'],
    ]);
    const indicators = await listIndicators(db, asPlanId('test-jdz'));
    expect(indicators.map((i) => [i.order, i.name, i.unit, i.target.kind])).toEqual([
      [1, '地区生产总值（GDP）', '亿元', 'levelWithGrowth'],
      [2, '规模以上工业增加值增速', '%', 'growthRate'],
      [3, '每万人口高价值发明专利拥有量', '件', 'cumulativeChange'],
      [4, '城镇登记失业率', '%', 'ceiling'],
    ]);
    expect(await db.actualValues.count()).toBe(1);
    const log = await db.changeLog.toArray();
    expect(log.map((e) => [e.action, e.user, e.after])).toEqual([
      [
        '新建规划',
        '张三',
        JSON.stringify({ name: makeJdzPlanBundle().plan.name, indicators: 4, actualValues: 1 }),
      ],
    ]);
    expect((await countIndicatorsByPlan(db)).get(asPlanId('test-jdz'))).toBe(4);
  });

  it('refuses a second plan with the same id and writes nothing of it', async () => {
    await addPlanBundle(db, makeJdzPlanBundle(), makeWriteContext());
    await expect(addPlanBundle(db, makeJdzPlanBundle(), makeWriteContext())).rejects.toThrow();
    expect(await db.plans.count()).toBe(1);
    expect(await db.indicators.count()).toBe(4);
    expect(await db.changeLog.count()).toBe(1);
  });

  it('writes nothing when one indicator of the bundle fails', async () => {
    const bundle = makeJdzPlanBundle();
    const broken = { ...bundle, indicators: [...bundle.indicators, bundle.indicators[0]!] };
    await expect(addPlanBundle(db, broken, makeWriteContext())).rejects.toThrow();
    expect(await db.plans.count()).toBe(0);
    expect(await db.indicators.count()).toBe(0);
    expect(await db.actualValues.count()).toBe(0);
    expect(await db.changeLog.count()).toBe(0);
  });

  it('deletes a plan with its indicators and values, and logs what was lost', async () => {
    await addPlanBundle(db, makeJdzPlanBundle(), makeWriteContext());
    await addPlanBundle(db, makeJdzPlanBundle(asPlanId('other')), makeWriteContext());
    await deletePlan(db, asPlanId('test-jdz'), makeWriteContext('李四'));
    expect((await listPlans(db)).map((p) => p.id)).toEqual(['other']);
    expect(await db.indicators.where('planId').equals('test-jdz').count()).toBe(0);
    expect(
      await db.actualValues.get([makeIndicatorId(asPlanId('test-jdz'), 1), 2021, 'value']),
    ).toBeUndefined();
    const entry = (await db.changeLog.where('planId').equals('test-jdz').toArray()).find(
      (e) => e.action === '删除规划',
    );
    expect(entry?.user).toBe('李四');
    expect(JSON.parse(entry?.before ?? '{}')).toMatchObject({ indicators: 4, actualValues: 1 });
  });
});
