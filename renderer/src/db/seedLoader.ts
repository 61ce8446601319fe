import type { PlanBundle } from '../../../shared/domain/planBundle';
import type { WorkItemBundle } from '../../../shared/domain/workItemList';

/** One built-in plan in the catalogue. */
export type SeedEntry = {
  readonly key: string;
  readonly planId: string;
  readonly name: string;
  readonly region: string;
  readonly tableKind: 'main' | 'completion';
  readonly indicatorCount: number;
};

// The only place the renderer touches seeds/ (STYLE.md import rules). Bundles load lazily so
// the first screen does not carry every built-in table.
const bundleModules = import.meta.glob<PlanBundle>('../../../seeds/generated/seed-*.json', {
  import: 'default',
});

/** Lists the built-in plans (loads every bundle; they are small and loaded only on request). */
export async function listSeeds(): Promise<SeedEntry[]> {
  const bundles = await Promise.all(Object.values(bundleModules).map((load) => load()));
  return bundles
    .map((bundle) => ({
      key: bundle.plan.origin.type === 'builtin' ? bundle.plan.origin.seedKey : bundle.plan.id,
      planId: bundle.plan.id,
      name: bundle.plan.name,
      region: bundle.plan.region,
      tableKind: bundle.plan.tableKind,
      indicatorCount: bundle.indicators.length,
    }))
    .sort((a, b) => a.planId.localeCompare(b.planId));
}

/** Loads one built-in plan by its plan id; null when unknown. */
export async function loadSeedBundle(planId: string): Promise<PlanBundle | null> {
  for (const load of Object.values(bundleModules)) {
    const bundle = await load();
    if (bundle.plan.id === planId) return bundle;
  }
  return null;
}

// Built-in work-item lists (issue 13), generated next to the plans as work-<listId>.json.
const workItemModules = import.meta.glob<WorkItemBundle>('../../../seeds/generated/work-*.json', {
  import: 'default',
});

/** Every built-in work-item list with its items, by list id. */
export async function loadWorkItemSeeds(): Promise<WorkItemBundle[]> {
  const bundles = await Promise.all(Object.values(workItemModules).map((load) => load()));
  return bundles.sort((a, b) => a.list.id.localeCompare(b.list.id));
}
