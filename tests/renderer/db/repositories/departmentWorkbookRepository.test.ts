import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkbenchDb } from '../../../../renderer/src/db/db';
import { applyDepartmentWorkbook } from '../../../../renderer/src/db/repositories/departmentWorkbookRepository';
import { addPlanBundle } from '../../../../renderer/src/db/repositories/plansRepository';
import { putWorkItemBundle } from '../../../../renderer/src/db/repositories/workItemsRepository';
import { asPlanId, asWorkItemId, makeIndicatorId } from '../../../../shared/domain/ids';
import type { ItemProgressWrite } from '../../../../shared/importers/xlsxDepartmentItemsImport';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';
import { makeTestDb, makeWriteContext } from '../../../helpers/testDb';
import { readWorkItemSeed } from '../../../helpers/workItemSeeds';

const PLAN = asPlanId('test-jdz');
const TASKS = readWorkItemSeed('seed-jdz-cjjjd-2021');
const value = {
  indicatorId: makeIndicatorId(PLAN, 1),
  year: 2022,
  measure: 'value' as const,
  next: { value: 1102.3, status: '快报数' as const, source: '市统计局', note: '' },
};
const progress = (itemId: string): ItemProgressWrite => ({
  listId: TASKS.list.id,
  itemId: asWorkItemId(itemId),
  year: 2021,
  span: '全年',
  next: {
    status: '已完成',
    shareDone: 100,
    text: '',
    investmentDone: null,
    source: '',
    reporter: '',
  },
});

describe('applyDepartmentWorkbook', () => {
  let db: WorkbenchDb;
  beforeEach(async () => {
    db = makeTestDb();
    await addPlanBundle(db, makeJdzPlanBundle(), makeWriteContext());
    await putWorkItemBundle(db, TASKS, makeWriteContext());
  });
  afterEach(async () => {
    await db.delete();
  });

  it('writes the values and the items’ progress together', async () => {
    const result = await applyDepartmentWorkbook(
      db,
      PLAN,
      [value],
      [progress('seed-jdz-cjjjd-2021/010')],
      makeWriteContext(),
    );
    expect(result).toEqual({ values: 1, items: 1 });
    expect((await db.actualValues.get([value.indicatorId, 2022, 'value']))?.value).toBe(1102.3);
    expect(await db.workItemProgress.count()).toBe(1);
  });

  it('writes nothing when one item is refused', async () => {
    await expect(
      applyDepartmentWorkbook(
        db,
        PLAN,
        [value],
        [progress('seed-jdz-cjjjd-2021/010'), progress('other/001')],
        makeWriteContext(),
      ),
    ).rejects.toThrow('任务「other/001」不属于当前清单，未做任何修改。');
    expect(await db.actualValues.get([value.indicatorId, 2022, 'value'])).toBeUndefined();
    expect(await db.workItemProgress.count()).toBe(0);
  });
});
