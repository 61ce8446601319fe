import { useLiveQuery } from 'dexie-react-hooks';
import type { Indicator } from '../../../shared/domain/indicator';
import type { PlanId } from '../../../shared/domain/ids';
import { getDb } from './db';
import { countIndicatorsByPlan, listIndicators, listPlans } from './repositories/plansRepository';
import { getUserName } from './repositories/settingsRepository';
import type { PlanRow } from './rows';

/** Live list of plans; undefined while loading. */
export function useLivePlans(): PlanRow[] | undefined {
  return useLiveQuery(() => listPlans(getDb()), []);
}

/** Live indicator counts per plan; undefined while loading. */
export function useLiveIndicatorCounts(): Map<PlanId, number> | undefined {
  return useLiveQuery(() => countIndicatorsByPlan(getDb()), []);
}

/** Live plan by id; null when it does not exist, undefined while loading. */
export function useLivePlan(planId: PlanId | undefined): PlanRow | null | undefined {
  return useLiveQuery(
    async () => (planId ? ((await getDb().plans.get(planId)) ?? null) : null),
    [planId],
  );
}

/** Live indicators of a plan in table order; undefined while loading. */
export function useLiveIndicators(planId: PlanId | undefined): Indicator[] | undefined {
  return useLiveQuery(async () => (planId ? listIndicators(getDb(), planId) : []), [planId]);
}

/** Live user name for the change log ('' until set). */
export function useLiveUserName(): string {
  return useLiveQuery(() => getUserName(getDb()), []) ?? '';
}
