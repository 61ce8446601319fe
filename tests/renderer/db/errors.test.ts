import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { describeStorageError, storageErrorKind } from '../../../renderer/src/db/errors';
import { setUserName } from '../../../renderer/src/db/repositories/settingsRepository';
import { failOpenWith, failWritesWithQuotaExceeded } from '../../helpers/failingIndexedDb';
import { makeTestDb } from '../../helpers/testDb';

const QUOTA_MESSAGE =
  '磁盘空间不足（或浏览器给本应用的存储空间已用完），数据未能保存；此前已保存的数据不受影响。请清理磁盘空间（如清空回收站、删除不需要的大文件）后重试，并尽快在「系统设置」中导出备份，存到U盘等其他位置。';

let restore: () => void = () => undefined;
afterEach(() => restore());

/** The error a promise rejects with (fails the test when it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('应当失败'),
    (error: unknown) => error,
  );
}

describe('storageErrorKind and describeStorageError', () => {
  it('reports a full disk during a save, behind Dexie’s AbortError', async () => {
    const db = makeTestDb();
    await db.open();
    restore = failWritesWithQuotaExceeded();
    const error = await rejectionOf(setUserName(db, '李四'));
    expect((error as Error).name).toBe('AbortError');
    expect(storageErrorKind(error)).toBe('quota');
    expect(describeStorageError(error)).toBe(QUOTA_MESSAGE);
    restore();
    expect(await db.settings.count()).toBe(0);
  });

  it('finds a full disk inside a BulkError’s failures', () => {
    const quota = new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError'));
    const error = new Dexie.BulkError('2 of 2 operations failed', [quota, quota]);
    expect(storageErrorKind(error)).toBe('quota');
  });

  it('tells a private window or blocked site data apart from other open failures', async () => {
    restore = failOpenWith('SecurityError', 'The user denied permission to access the database.');
    const error = await rejectionOf(makeTestDb().open());
    expect((error as Error).name).toBe('SecurityError');
    expect(storageErrorKind(error)).toBe('unavailable');
    expect(describeStorageError(error)).toContain('请用普通（非无痕）窗口打开');
  });

  it('calls a database Chromium cannot read damaged, and says to keep a backup ready', async () => {
    restore = failOpenWith('UnknownError', 'Internal error opening backing store');
    const error = await rejectionOf(makeTestDb().open());
    expect(storageErrorKind(error)).toBe('damaged');
    expect(describeStorageError(error)).toBe(
      '本地数据库无法读写（数据库文件可能损坏，或被安全软件、磁盘错误阻止），本次操作未保存。请重新加载；如仍失败，请重启电脑后再试，并准备好最近导出的备份联系技术支持。',
    );
  });

  it('leaves errors of other origins to their own message', () => {
    expect(storageErrorKind(new TypeError('x is undefined'))).toBeNull();
    expect(describeStorageError(new TypeError('x is undefined'))).toBe(
      '保存数据时出错：x is undefined。未做任何修改。',
    );
  });
});
