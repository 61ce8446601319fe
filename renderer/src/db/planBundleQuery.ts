import { useLiveQuery } from 'dexie-react-hooks';
import type { PlanId } from '../../../shared/domain/ids';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { getDb } from './db';
import { loadPlanBundle } from './repositories/plansRepository';

/**
 * A plan with its indicators, actual values and official verdicts, read live: the evaluation
 * follows every edit. Null when the plan does not exist (or none is chosen); undefined while loading.
 */
export function useLivePlanBundle(planId: PlanId | null): PlanBundle | null | undefined {
  return useLiveQuery(async () => (planId ? loadPlanBundle(getDb(), planId) : null), [planId]);
}

/** Live bundles of several plans, in the order of `planIds`; undefined while loading. */
export function useLivePlanBundles(
  planIds: readonly PlanId[] | undefined,
): PlanBundle[] | undefined {
  const key = planIds?.join('|');
  return useLiveQuery(async () => {
    if (!planIds) return undefined;
    const bundles = await Promise.all(planIds.map((id) => loadPlanBundle(getDb(), id)));
    return bundles.filter(
      (bundle): bundle is PlanBundle => bundle !== null && bundle !== undefined,
    );
  }, [key]);
}
