import { useLiveQuery } from 'dexie-react-hooks';
import type { Indicator } from '../../../shared/domain/indicator';
import type { PlanId } from '../../../shared/domain/ids';
import type { EvaluationSettings } from '../../../shared/evaluation/evaluationSettings';
import { DEFAULT_EVALUATION_SETTINGS } from '../../../shared/evaluation/evaluationSettings';
import { getDb } from './db';
import { getPlanEvaluationSettings } from './repositories/evaluationSettingsRepository';
import {
  listCellHistory,
  listPlanActuals,
  listPlanValueHistory,
  type ValueCellKey,
  type ValueChangeEntry,
} from './repositories/actualValuesRepository';
import { countIndicatorsByPlan, listIndicators, listPlans } from './repositories/plansRepository';
import { getLastBackupAt, getUserName } from './repositories/settingsRepository';
import { listReportSections, type ReportKey } from './repositories/reportSectionsRepository';
import { listVerdictOverrides } from './repositories/verdictOverridesRepository';
import type { ActualValueRow, PlanRow, ReportSectionRow } from './rows';
import type { IndicatorId } from '../../../shared/domain/ids';
import type { EvaluationMode, VerdictOverride } from '../../../shared/domain/verdict';

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

/** Live overrides of a plan for one year and mode, by indicator; undefined while loading. */
export function useLiveVerdictOverrides(
  planId: PlanId | null | undefined,
  year: number | null | undefined,
  mode: EvaluationMode | null | undefined,
): Map<IndicatorId, VerdictOverride> | undefined {
  return useLiveQuery(
    async () =>
      planId && year != null && mode
        ? listVerdictOverrides(getDb(), planId, year, mode)
        : new Map<IndicatorId, VerdictOverride>(),
    [planId, year, mode],
  );
}

/** Live edited sections of one report, by section id; undefined while loading. */
export function useLiveReportSections(
  key: ReportKey | null,
): Map<string, ReportSectionRow> | undefined {
  const { planId, year, mode } = key ?? {};
  return useLiveQuery(
    async () =>
      planId && year !== undefined && mode
        ? listReportSections(getDb(), { planId, year, mode })
        : new Map<string, ReportSectionRow>(),
    [planId, year, mode],
  );
}

/** Live evaluation thresholds of a plan (the defaults when none are stored); undefined while loading. */
export function useLivePlanEvaluationSettings(
  planId: PlanId | undefined,
): EvaluationSettings | undefined {
  return useLiveQuery(
    async () => (planId ? getPlanEvaluationSettings(getDb(), planId) : DEFAULT_EVALUATION_SETTINGS),
    [planId],
  );
}
