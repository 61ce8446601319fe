import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asPlanId, makeIndicatorId } from '../../../../shared/domain/ids';
import type { WorkbenchDb } from '../../../../renderer/src/db/db';
import {
  listCellHistory,
  listPlanActuals,
  listPlanValueHistory,
  putActualValues,
  revertChange,
  type ValueChange,
} from '../../../../renderer/src/db/repositories/actualValuesRepository';
import { addPlanBundle } from '../../../../renderer/src/db/repositories/plansRepository';
import type { WriteContext } from '../../../../renderer/src/db/writeContext';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';
import { makeTestDb, makeWriteContext } from '../../../helpers/testDb';

const PLAN = asPlanId('test-jdz');
const GDP = makeIndicatorId(PLAN, 1);
const PATENTS = makeIndicatorId(PLAN, 3);

function at(time: string, user = '张三'): WriteContext {
  return { ...makeWriteContext(user), now: () => new Date(time) };
}

function set(indicatorId = GDP, year = 2022, value = 1102.3): ValueChange {
  return {
    indicatorId,
    year,
    measure: 'value',
    next: { value, status: '快报数', source: '', note: '' },
  };
}

describe('actualValuesRepository', () => {
  let db: WorkbenchDb;
  beforeEach(async () => {
    db = makeTestDb();
    await addPlanBundle(db, makeJdzPlanBundle(), makeWriteContext());
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it("writes a batch and logs each indicator's changed cells in one row with old and new values", async () => {
    const applied = await putActualValues(
      db,
      PLAN,
      [set(GDP, 2021, 1030), set(GDP, 2022, 1102.3), set(PATENTS, 2021, 6.1)],
      at('2026-11-22T10:00:00.000Z'),
    );
    expect(applied.map((c) => [c.year, c.before?.value ?? null, c.after?.value ?? null])).toEqual([
      [2021, 1102.3, 1030],
      [2022, null, 1102.3],
      [2021, null, 6.1],
    ]);
    const values = await listPlanActuals(db, PLAN);
    expect(values.map((v) => [v.indicatorId, v.year, v.value, v.status, v.planId])).toEqual([
      [GDP, 2021, 1030, '快报数', PLAN],
      [GDP, 2022, 1102.3, '快报数', PLAN],
      [PATENTS, 2021, 6.1, '快报数', PLAN],
    ]);
    const history = await listCellHistory(db, { indicatorId: GDP, year: 2021, measure: 'value' });
    expect(history.map((e) => [e.action, e.user, e.before?.value, e.after?.value])).toEqual([
      ['修改实际值', '张三', 1102.3, 1030],
    ]);
    expect(history[0]?.before).toEqual({
      value: 1102.3,
      status: '年报数',
      source: '统计年鉴',
      note: '',
    });
    // The plan's creation, GDP's two cells in one row, the patents' cell in another.
    expect(await db.changeLog.count()).toBe(3);
  });

  it('keeps each cell of a logged group its own history entry and reverts one alone', async () => {
    const batch = [set(GDP, 2022, 1102.3), set(GDP, 2023, 1180), set(GDP, 2021, 1030)];
    await putActualValues(db, PLAN, batch, at('2026-11-22T10:00:00.000Z'));
    const history = await listPlanValueHistory(db, PLAN);
    expect(history.map((e) => [e.action, e.year, e.before?.value ?? null, e.after?.value])).toEqual(
      [
        ['填报实际值', 2022, null, 1102.3],
        ['填报实际值', 2023, null, 1180],
        ['修改实际值', 2021, 1102.3, 1030],
      ],
    );
    expect(new Set(history.map((e) => e.id)).size).toBe(3);
    const [cell2023] = await listCellHistory(db, {
      indicatorId: GDP,
      year: 2023,
      measure: 'value',
    });
    const reverted = await revertChange(db, cell2023!.id, at('2026-11-22T10:05:00.000Z'));
    expect(reverted.map((c) => [c.year, c.before?.value, c.after])).toEqual([[2023, 1180, null]]);
    const values = await listPlanActuals(db, PLAN);
    expect(values.map((v) => [v.year, v.value])).toEqual([
      [2021, 1030],
      [2022, 1102.3],
    ]);
  });

  it('logs a template-sized batch in one row per indicator', async () => {
    const ids = [1, 2, 3, 4].map((order) => makeIndicatorId(PLAN, order));
    const batch = ids.flatMap((id) => [2022, 2023, 2024, 2025].map((year) => set(id, year, year)));
    await putActualValues(db, PLAN, batch, makeWriteContext());
    const rows = await db.changeLog.where('planId').equals(PLAN).toArray();
    const logged = rows.filter((row) => row.action === '填报实际值');
    expect(logged.map((row) => row.indicatorId).sort()).toEqual(ids);
    expect(await listPlanValueHistory(db, PLAN)).toHaveLength(16);
  });

  it('stores exactly the row of each cell, never the change it came from', async () => {
    await putActualValues(db, PLAN, [set(PATENTS, 2022, 6.4)], at('2026-11-22T10:00:00.000Z'));
    expect(await db.actualValues.get([PATENTS, 2022, 'value'])).toEqual({
      indicatorId: PATENTS,
      year: 2022,
      measure: 'value',
      value: 6.4,
      status: '快报数',
      source: '',
      note: '',
      planId: PLAN,
    });
  });

  it('skips unchanged cells and clears a cell with a log entry', async () => {
    const unchanged = await putActualValues(
      db,
      PLAN,
      [
        {
          ...set(GDP, 2021, 1102.3),
          next: { value: 1102.3, status: '年报数', source: '统计年鉴', note: '' },
        },
      ],
      at('2026-11-22T10:00:00.000Z'),
    );
    expect(unchanged).toEqual([]);
    expect(await db.changeLog.count()).toBe(1);
    await putActualValues(
      db,
      PLAN,
      [{ indicatorId: GDP, year: 2021, measure: 'value', next: null }],
      at('2026-11-22T10:01:00.000Z'),
    );
    expect(await listPlanActuals(db, PLAN)).toEqual([]);
    const [entry] = await listPlanValueHistory(db, PLAN);
    expect([entry?.action, entry?.before?.value, entry?.after]).toEqual([
      '清除实际值',
      1102.3,
      null,
    ]);
  });

  it('writes nothing when one change of the batch is invalid', async () => {
    const bad = { ...set(GDP, 2023), next: { ...set().next!, value: Number.NaN } };
    await expect(
      putActualValues(db, PLAN, [set(GDP, 2022), bad], makeWriteContext()),
    ).rejects.toThrow('2023年的数值「NaN」不是有效数字，未做任何修改。');
    await expect(
      putActualValues(db, PLAN, [set(GDP, 2022), set(GDP, 2022)], makeWriteContext()),
    ).rejects.toThrow('同一单元格（2022年）出现两次');
    expect(await listPlanActuals(db, PLAN)).toHaveLength(1);
    expect(await db.changeLog.count()).toBe(1);
  });

  it('writes nothing when the batch fails inside the transaction', async () => {
    const foreign = set(makeIndicatorId(asPlanId('other'), 1), 2022);
    await expect(
      putActualValues(db, PLAN, [set(GDP, 2022), set(PATENTS, 2022), foreign], makeWriteContext()),
    ).rejects.toThrow('指标「other/001」不属于当前规划，未做任何修改。');
    expect((await listPlanActuals(db, PLAN)).map((v) => v.year)).toEqual([2021]);
    expect(await db.changeLog.count()).toBe(1);
  });

  it('compares a large batch (an import) with the stored values read at once', async () => {
    // 4 indicators × 100 years = 400 cells, above the one-read-per-cell threshold of 200.
    const ids = [1, 2, 3, 4].map((order) => makeIndicatorId(PLAN, order));
    const batch = ids.flatMap((id) =>
      Array.from({ length: 100 }, (_, i) => set(id, 2000 + i, 100 + i)),
    );
    expect(await putActualValues(db, PLAN, batch, makeWriteContext())).toHaveLength(400);
    // Only the first year of each indicator changes; the other 396 cells are left alone.
    const again = batch.map((change, i) =>
      i % 100 === 0 ? set(change.indicatorId, change.year, 1) : change,
    );
    const applied = await putActualValues(db, PLAN, again, makeWriteContext());
    expect(applied.map((c) => [c.indicatorId, c.year, c.before?.value, c.after?.value])).toEqual(
      ids.map((id) => [id, 2000, 100, 1]),
    );
    expect(await db.actualValues.count()).toBe(400);
  });

  it('reverts a change to the logged old value and logs the restore', async () => {
    await putActualValues(db, PLAN, [set(GDP, 2021, 1030)], at('2026-11-22T10:00:00.000Z'));
    const [change] = await listCellHistory(db, { indicatorId: GDP, year: 2021, measure: 'value' });
    const restored = await revertChange(db, change!.id, at('2026-11-22T10:05:00.000Z', '李四'));
    expect(restored.map((c) => [c.before?.value, c.after?.value])).toEqual([[1030, 1102.3]]);
    const value = await db.actualValues.get([GDP, 2021, 'value']);
    expect([value?.value, value?.status, value?.source]).toEqual([1102.3, '年报数', '统计年鉴']);
    const history = await listCellHistory(db, { indicatorId: GDP, year: 2021, measure: 'value' });
    expect(history.map((e) => [e.at, e.user, e.origin.type, e.after?.value])).toEqual([
      ['2026-11-22T10:05:00.000Z', '李四', 'restore', 1102.3],
      ['2026-11-22T10:00:00.000Z', '张三', 'manual', 1030],
    ]);
  });

  it('reverts the creation of a value by clearing the cell', async () => {
    await putActualValues(db, PLAN, [set(GDP, 2023, 1180)], makeWriteContext());
    const [created] = await listPlanValueHistory(db, PLAN);
    await revertChange(db, created!.id, makeWriteContext());
    expect(await db.actualValues.get([GDP, 2023, 'value'])).toBeUndefined();
  });

  it('refuses to revert an entry that is not a value change', async () => {
    const [planEntry] = await db.changeLog.toArray();
    await expect(revertChange(db, planEntry!.id, makeWriteContext())).rejects.toThrow(
      '找不到该条数值变更记录，无法撤回。',
    );
  });
});
