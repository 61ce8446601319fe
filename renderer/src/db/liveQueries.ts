import { useLiveQuery } from 'dexie-react-hooks';
import type { Indicator } from '../../../shared/domain/indicator';
import type { PlanId } from '../../../shared/domain/ids';
import { getDb } from './db';
import {
  listCellHistory,
  listPlanActuals,
  listPlanValueHistory,
  type ValueCellKey,
  type ValueChangeEntry,
} from './repositories/actualValuesRepository';
import { countIndicatorsByPlan, listIndicators, listPlans } from './repositories/plansRepository';
import { getLastBackupAt, getUserName } from './repositories/settingsRepository';
import type { ActualValueRow, PlanRow } from './rows';

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

/** Live actual values of a plan; undefined while loading. */
export function useLivePlanActuals(planId: PlanId | undefined): ActualValueRow[] | undefined {
  return useLiveQuery(async () => (planId ? listPlanActuals(getDb(), planId) : []), [planId]);
}

/** Live change history of one cell, newest first; undefined while loading. */
export function useLiveCellHistory(cell: ValueCellKey | null): ValueChangeEntry[] | undefined {
  const { indicatorId, year, measure } = cell ?? {};
  return useLiveQuery(
    async () =>
      indicatorId && year !== undefined && measure
        ? listCellHistory(getDb(), { indicatorId, year, measure })
        : [],
    [indicatorId, year, measure],
  );
}

/** Live value changes of a whole plan, newest first; undefined while loading. */
export function useLivePlanValueHistory(
  planId: PlanId | undefined,
): ValueChangeEntry[] | undefined {
  return useLiveQuery(async () => (planId ? listPlanValueHistory(getDb(), planId) : []), [planId]);
}

/** Live time (ISO) of the last exported backup: null if never, undefined while loading. */
export function useLiveLastBackupAt(): string | null | undefined {
  return useLiveQuery(() => getLastBackupAt(getDb()), []);
}
