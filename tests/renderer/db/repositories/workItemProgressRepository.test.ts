import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkbenchDb } from '../../../../renderer/src/db/db';
import {
  listItemHistory,
  listListProgress,
  putProgress,
  revertProgressChange,
  type ProgressChange,
} from '../../../../renderer/src/db/repositories/workItemProgressRepository';
import {
  deleteWorkItemList,
  listWorkItems,
  putWorkItemBundle,
} from '../../../../renderer/src/db/repositories/workItemsRepository';
import type { WriteContext } from '../../../../renderer/src/db/writeContext';
import { asWorkItemId } from '../../../../shared/domain/ids';
import { makeTestDb, makeWriteContext } from '../../../helpers/testDb';
import { readWorkItemSeed } from '../../../helpers/workItemSeeds';

const TASKS = readWorkItemSeed('seed-jdz-cjjjd-2021');
const LIST = TASKS.list.id;
const FOREST = asWorkItemId('seed-jdz-cjjjd-2021/010');

function at(time: string, user = '张三'): WriteContext {
  return { ...makeWriteContext(user), now: () => new Date(time) };
}

function set(status: '序时推进' | '已完成', shareDone: number): ProgressChange {
  return {
    itemId: FOREST,
    year: 2021,
    span: '全年',
    next: {
      status,
      shareDone,
      text: '完成营造林',
      investmentDone: null,
      source: '市林业局',
      reporter: '李四',
    },
  };
}

describe('work-item repositories', () => {
  let db: WorkbenchDb;
  beforeEach(async () => {
    db = makeTestDb();
    await putWorkItemBundle(db, TASKS, makeWriteContext());
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores a list with its 25 items in order', async () => {
    const items = await listWorkItems(db, LIST);
    expect(items.map((i) => i.number)).toEqual(TASKS.items.map((i) => i.number));
    expect(items[9]).toEqual(TASKS.items[9]);
  });

  it('writes progress with a log row, skips unchanged records and reverts a change', async () => {
    await putProgress(db, LIST, [set('序时推进', 60)], at('2026-11-22T09:00:00Z'));
    await putProgress(db, LIST, [set('序时推进', 60)], at('2026-11-22T09:05:00Z'));
    const [applied] = await putProgress(
      db,
      LIST,
      [set('已完成', 100)],
      at('2026-11-22T09:10:00Z', '李四'),
    );
    expect(applied?.before?.shareDone).toBe(60);
    const history = await listItemHistory(db, FOREST);
    expect(history.map((e) => [e.action, e.user, e.after?.status])).toEqual([
      ['修改进展', '李四', '已完成'],
      ['填报进展', '张三', '序时推进'],
    ]);
    await revertProgressChange(db, history[0]!.id, at('2026-11-22T09:20:00Z'));
    const rows = await listListProgress(db, LIST);
    expect(rows).toEqual([
      { itemId: FOREST, year: 2021, span: '全年', listId: LIST, ...set('序时推进', 60).next },
    ]);
    const latest = (await listItemHistory(db, FOREST))[0]!;
    expect([latest.action, latest.origin]).toEqual(['修改进展', { type: 'restore' }]);
  });

  it('refuses bad content or a foreign item before writing anything', async () => {
    const bad = { ...set('已完成', 100), next: { ...set('已完成', 100).next!, shareDone: 120 } };
    await expect(
      putProgress(db, LIST, [set('序时推进', 50), bad], makeWriteContext()),
    ).rejects.toThrow('2021年全年：完成进度 120 不在 0–100 之间，未做任何修改。');
    const foreign = { ...set('已完成', 100), itemId: asWorkItemId('other/001') };
    await expect(
      putProgress(db, LIST, [set('序时推进', 50), foreign], makeWriteContext()),
    ).rejects.toThrow('任务「other/001」不属于当前清单，未做任何修改。');
    expect(await listListProgress(db, LIST)).toEqual([]);
  });

  it('deletes a list with its items and progress', async () => {
    await putProgress(db, LIST, [set('序时推进', 60)], makeWriteContext());
    await deleteWorkItemList(db, LIST, makeWriteContext());
    expect(await db.workItems.count()).toBe(0);
    expect(await db.workItemProgress.count()).toBe(0);
    expect((await db.workItemChangeLog.toArray()).map((r) => r.action)).toEqual(['删除任务清单']);
  });
});
