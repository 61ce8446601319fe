import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbenchDb } from '../../../renderer/src/db/db';
import { deleteWorkItemList } from '../../../renderer/src/db/repositories/workItemsRepository';
import { installBuiltinWorkItemsOnce } from '../../../renderer/src/db/workItemSeedInstaller';
import { makeTestDb, makeWriteContext } from '../../helpers/testDb';
import { readWorkItemSeed } from '../../helpers/workItemSeeds';

const SEEDS = async () => [
  readWorkItemSeed('seed-fz-14-boxes'),
  readWorkItemSeed('seed-jdz-14-boxes'),
  readWorkItemSeed('seed-jdz-cjjjd-2021'),
];

describe('installBuiltinWorkItemsOnce', () => {
  let db: WorkbenchDb;
  afterEach(async () => {
    await db.delete();
  });

  it('installs the three built-in lists once, and not again after the user deletes one', async () => {
    db = makeTestDb();
    expect(await installBuiltinWorkItemsOnce(db, makeWriteContext(), SEEDS)).toBe(3);
    expect(await db.workItems.count()).toBe(25 + 184 + 141);
    await deleteWorkItemList(db, readWorkItemSeed('seed-fz-14-boxes').list.id, makeWriteContext());
    expect(await installBuiltinWorkItemsOnce(db, makeWriteContext(), SEEDS)).toBe(0);
    expect(await db.workItemLists.count()).toBe(2);
  });
});
