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
