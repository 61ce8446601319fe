import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asPlanId, makeIndicatorId } from '../../../../shared/domain/ids';
import type { WorkbenchDb } from '../../../../renderer/src/db/db';
import {
  deleteIndicator,
  moveIndicator,
  saveIndicator,
} from '../../../../renderer/src/db/repositories/indicatorsRepository';
import {
  addPlanBundle,
  listIndicators,
} from '../../../../renderer/src/db/repositories/plansRepository';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';
import { makeTestDb, makeWriteContext } from '../../../helpers/testDb';

const PLAN = asPlanId('test-jdz');

describe('indicatorsRepository', () => {
  let db: WorkbenchDb;
  beforeEach(async () => {
    db = makeTestDb();
    await addPlanBundle(db, makeJdzPlanBundle(PLAN), makeWriteContext());
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('saves an edited indicator and logs before and after', async () => {
    const [gdp] = await listIndicators(db, PLAN);
    await saveIndicator(db, { ...gdp!, targetRaw: '1250' }, makeWriteContext());
    expect((await db.indicators.get(gdp!.id))?.targetRaw).toBe('1250');
    const entry = (await db.changeLog.toArray()).find((e) => e.action === '修改指标');
    expect(JSON.parse(entry?.before ?? '{}').targetRaw).toBe('1200');
    expect(JSON.parse(entry?.after ?? '{}').targetRaw).toBe('1250');
  });

  it('moves an indicator down by swapping orders', async () => {
    await moveIndicator(db, PLAN, makeIndicatorId(PLAN, 1), 1, makeWriteContext());
    expect((await listIndicators(db, PLAN)).map((i) => i.name)).toEqual([
      '规模以上工业增加值增速',
      '地区生产总值（GDP）',
      '每万人口高价值发明专利拥有量',
      '城镇登记失业率',
    ]);
  });

  it('does nothing when moving the first indicator up', async () => {
    await moveIndicator(db, PLAN, makeIndicatorId(PLAN, 1), -1, makeWriteContext());
    expect((await listIndicators(db, PLAN)).map((i) => i.order)).toEqual([1, 2, 3, 4]);
  });

  it('deletes an indicator with its values and renumbers the rest', async () => {
    // A value of the next indicator (id …/002 sorts right after …/001) must stay.
    const other = {
      indicatorId: makeIndicatorId(PLAN, 2),
      planId: PLAN,
      year: 2021,
      measure: 'growth' as const,
      value: 7.1,
      status: '年报数' as const,
      source: '',
      note: '',
    };
    await db.actualValues.add(other);
    await db.actualValues.add({ ...other, indicatorId: makeIndicatorId(PLAN, 1), year: 2022 });
    await deleteIndicator(db, makeIndicatorId(PLAN, 1), makeWriteContext());
    expect((await listIndicators(db, PLAN)).map((i) => [i.order, i.name])).toEqual([
      [1, '规模以上工业增加值增速'],
      [2, '每万人口高价值发明专利拥有量'],
      [3, '城镇登记失业率'],
    ]);
    expect(await db.actualValues.toArray()).toEqual([other]);
  });
});
