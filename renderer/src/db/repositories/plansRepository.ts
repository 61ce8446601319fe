import type { Indicator } from '../../../../shared/domain/indicator';
import type { PlanId } from '../../../../shared/domain/ids';
import type { PlanBundle } from '../../../../shared/domain/planBundle';
import type { WorkbenchDb } from '../db';
import type { ChangeLogRow, PlanRow } from '../rows';
import type { WriteContext } from '../writeContext';

/** All plans, oldest first; among plans added together, main tables before completion tables. */
export async function listPlans(db: WorkbenchDb): Promise<PlanRow[]> {
  const plans = await db.plans.toArray();
  const kindRank = (plan: PlanRow) => (plan.tableKind === 'main' ? 0 : 1);
  return plans.sort(
    (a, b) =>
      a.createdAt.localeCompare(b.createdAt) ||
      kindRank(a) - kindRank(b) ||
      a.id.localeCompare(b.id),
  );
}

/** A plan's indicators in table order. */
export async function listIndicators(db: WorkbenchDb, planId: PlanId): Promise<Indicator[]> {
  const indicators = await db.indicators.where('planId').equals(planId).toArray();
  return indicators.sort((a, b) => a.order - b.order);
}

/** Counts of indicators per plan, for the plan list. */
export async function countIndicatorsByPlan(db: WorkbenchDb): Promise<Map<PlanId, number>> {
  const counts = new Map<PlanId, number>();
  await db.indicators.each((indicator) => {
    counts.set(indicator.planId, (counts.get(indicator.planId) ?? 0) + 1);
  });
  return counts;
}

/**
 * Stores a whole imported plan in one transaction: plan, indicators, actual values, official
 * verdicts and the change-log entry — all or nothing (STYLE.md: nothing partially written).
 * Refuses when a plan with the same id exists.
 */
export async function addPlanBundle(
  db: WorkbenchDb,
  bundle: PlanBundle,
  context: WriteContext,
): Promise<void> {
  const at = context.now().toISOString();
  const planId = bundle.plan.id;
  await db.transaction(
    'rw',
    [db.plans, db.indicators, db.actualValues, db.officialAssessments, db.changeLog],
    async () => {
      await db.plans.add({ ...bundle.plan, createdAt: at, updatedAt: at });
      await db.indicators.bulkAdd([...bundle.indicators]);
      await db.actualValues.bulkAdd(bundle.actualValues.map((value) => ({ ...value, planId })));
      await db.officialAssessments.bulkAdd(
        bundle.officialAssessments.map((assessment) => ({ ...assessment, planId })),
      );
      await db.changeLog.add(
        logEntry(context, at, planId, null, '新建规划', null, {
          name: bundle.plan.name,
          indicators: bundle.indicators.length,
          actualValues: bundle.actualValues.length,
        }),
      );
    },
  );
}

/** Deletes a plan with everything that belongs to it, and logs what was removed. */
export async function deletePlan(
  db: WorkbenchDb,
  planId: PlanId,
  context: WriteContext,
): Promise<void> {
  const at = context.now().toISOString();
  await db.transaction(
    'rw',
    [
      db.plans,
      db.indicators,
      db.actualValues,
      db.officialAssessments,
      db.verdictOverrides,
      db.reportSections,
      db.settings,
      db.changeLog,
    ],
    async () => {
      const plan = await db.plans.get(planId);
      if (!plan) return;
      // The plan's evaluation thresholds (evaluationSettingsRepository) go with it.
      await db.settings.delete(`evaluationSettings:${planId}`);
      await db.verdictOverrides.where('planId').equals(planId).delete();
      await db.reportSections.where('planId').equals(planId).delete();
      const indicatorCount = await db.indicators.where('planId').equals(planId).delete();
      const valueCount = await db.actualValues.where('planId').equals(planId).delete();
      await db.officialAssessments.where('planId').equals(planId).delete();
      await db.plans.delete(planId);
      await db.changeLog.add(
        logEntry(
          context,
          at,
          planId,
          null,
          '删除规划',
          {
            name: plan.name,
            indicators: indicatorCount,
            actualValues: valueCount,
          },
          null,
        ),
      );
    },
  );
}

/** Builds a change-log row. */
export function logEntry(
  context: WriteContext,
  at: string,
  planId: PlanId,
  indicatorId: ChangeLogRow['indicatorId'],
  action: string,
  before: unknown,
  after: unknown,
): ChangeLogRow {
  return {
    id: context.newId(),
    at,
    user: context.user,
    planId,
    indicatorId,
    action,
    origin: context.origin,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
  };
}

/** A stored plan with everything that belongs to it, as a PlanBundle (for export). */
export async function loadPlanBundle(db: WorkbenchDb, planId: PlanId): Promise<PlanBundle | null> {
  return db.transaction(
    'r',
    [db.plans, db.indicators, db.actualValues, db.officialAssessments],
    async () => {
      const row = await db.plans.get(planId);
      if (!row) return null;
      const { createdAt: _created, updatedAt: _updated, ...plan } = row;
      const stripPlanId = <T extends { planId: PlanId }>({ planId: _p, ...rest }: T) => rest;
      return {
        plan,
        indicators: await listIndicators(db, planId),
        actualValues: (await db.actualValues.where('planId').equals(planId).toArray()).map(
          stripPlanId,
        ),
        officialAssessments: (
          await db.officialAssessments.where('planId').equals(planId).toArray()
        ).map(stripPlanId),
      };
    },
  );
}
