import type { WorkItemBundle } from '../../../shared/domain/workItemList';
import type { WorkbenchDb } from './db';
import { putWorkItemBundle } from './repositories/workItemsRepository';
import { loadWorkItemSeeds } from './seedLoader';
import type { WriteContext } from './writeContext';

const WORK_ITEMS_INSTALLED_KEY = 'builtinWorkItemsInstalled';

/**
 * Copies the built-in work-item lists (004's tasks, the 专栏 projects of 000 and 002) into the
 * database once, like the built-in plans (decision 0009): also for a database created before work
 * items existed. Later starts leave them alone: they are the user's to edit or delete.
 */
export async function installBuiltinWorkItemsOnce(
  db: WorkbenchDb,
  context: WriteContext,
  loadAll: () => Promise<WorkItemBundle[]> = loadWorkItemSeeds,
): Promise<number> {
  if (await db.meta.get(WORK_ITEMS_INSTALLED_KEY)) return 0;
  let installed = 0;
  for (const bundle of await loadAll()) {
    if (await db.workItemLists.get(bundle.list.id)) continue;
    await putWorkItemBundle(db, bundle, context);
    installed += 1;
  }
  await db.meta.put({ key: WORK_ITEMS_INSTALLED_KEY, value: context.now().toISOString() });
  return installed;
}
