import type { PlanId } from '../../../../shared/domain/ids';
import type { ReportFraming } from '../../../../shared/report/reportFraming';
import { readFraming } from '../../../../shared/report/reportFraming';
import type { WorkbenchDb } from '../db';

/**
 * Per-plan report settings kept in the `settings` table (no schema change; backups carry them as
 * any setting, decision 0035): the framing the evaluator fills once per evaluation, and the plans
 * whose values the report compares with.
 */
const framingKey = (planId: PlanId) => `report.framing:${planId}`;
const referencesKey = (planId: PlanId) => `report.references:${planId}`;

/** The plan's report framing; empty fields when none was saved. */
export async function getReportFraming(db: WorkbenchDb, planId: PlanId): Promise<ReportFraming> {
  return readFraming((await db.settings.get(framingKey(planId)))?.value);
}

/** Saves the plan's report framing, as read back by getReportFraming. */
export async function putReportFraming(
  db: WorkbenchDb,
  planId: PlanId,
  framing: ReportFraming,
): Promise<void> {
  await db.settings.put({ key: framingKey(planId), value: readFraming(framing) });
}

/** The plans the report compares with, in the order chosen; plans since deleted are left out. */
export async function getReferencePlanIds(db: WorkbenchDb, planId: PlanId): Promise<PlanId[]> {
  const value = (await db.settings.get(referencesKey(planId)))?.value;
  if (!Array.isArray(value)) return [];
  const ids = value.filter((id): id is PlanId => typeof id === 'string' && id !== planId);
  const existing = await db.plans.bulkGet(ids);
  return ids.filter((_, index) => existing[index] !== undefined);
}

/** Saves the plans the report compares with. */
export async function putReferencePlanIds(
  db: WorkbenchDb,
  planId: PlanId,
  ids: readonly PlanId[],
): Promise<void> {
  await db.settings.put({ key: referencesKey(planId), value: [...new Set(ids)] });
}
