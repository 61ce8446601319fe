import type { PlanBundle } from '../../../shared/domain/planBundle';
import type { WorkbenchDb } from './db';
import { addPlanBundle } from './repositories/plansRepository';
import { listSeeds, loadSeedBundle } from './seedLoader';
import type { WriteContext } from './writeContext';

const SEEDS_INSTALLED_KEY = 'builtinPlansInstalled';

/**
 * On the very first start, copies every built-in plan into the user's database so that a
 * complete real data set is there at once (issue 3). Later starts leave the plans alone: they
 * are the user's to edit or delete, and can be re-created from 「从内置规划创建」
 * (docs/decisions/0009).
 */
export async function installBuiltinPlansOnFirstStart(
  db: WorkbenchDb,
  context: WriteContext,
  loadAll: () => Promise<PlanBundle[]> = loadAllSeedBundles,
): Promise<number> {
  if (await db.meta.get(SEEDS_INSTALLED_KEY)) return 0;
  const bundles = await loadAll();
  let installed = 0;
  for (const bundle of bundles) {
    if (await db.plans.get(bundle.plan.id)) continue;
    await addPlanBundle(db, bundle, context);
    installed += 1;
  }
  await db.meta.put({ key: SEEDS_INSTALLED_KEY, value: context.now().toISOString() });
  return installed;
}

async function loadAllSeedBundles(): Promise<PlanBundle[]> {
  const entries = await listSeeds();
  const bundles = await Promise.all(entries.map((entry) => loadSeedBundle(entry.planId)));
  return bundles.filter((bundle): bundle is PlanBundle => bundle !== null);
}
