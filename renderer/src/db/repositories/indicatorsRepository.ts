import type { Indicator } from '../../../../shared/domain/indicator';
import type { IndicatorId, PlanId } from '../../../../shared/domain/ids';
import type { WorkbenchDb } from '../db';
import type { WriteContext } from '../writeContext';
import { listIndicators, logEntry } from './plansRepository';

/** Adds or replaces one indicator and logs the change; touches the plan's updatedAt. */
export async function saveIndicator(
  db: WorkbenchDb,
  indicator: Indicator,
  context: WriteContext,
): Promise<void> {
  const at = context.now().toISOString();
  await db.transaction('rw', [db.indicators, db.plans, db.changeLog], async () => {
    const before = await db.indicators.get(indicator.id);
    await db.indicators.put(indicator);
    await db.plans.update(indicator.planId, { updatedAt: at });
    await db.changeLog.add(
      logEntry(
        context,
        at,
        indicator.planId,
        indicator.id,
        before ? '修改指标' : '新增指标',
        before ? rowSnapshot(before) : null,
        rowSnapshot(indicator),
      ),
    );
  });
}

/**
 * Deletes an indicator with its actual values and renumbers the rest, in one transaction.
 */
export async function deleteIndicator(
  db: WorkbenchDb,
  indicatorId: IndicatorId,
  context: WriteContext,
): Promise<void> {
  const at = context.now().toISOString();
  await db.transaction(
    'rw',
    [
      db.indicators,
      db.actualValues,
      db.officialAssessments,
      db.verdictOverrides,
      db.plans,
      db.changeLog,
    ],
    async () => {
      const indicator = await db.indicators.get(indicatorId);
      if (!indicator) return;
      await db.verdictOverrides
        .where('planId')
        .equals(indicator.planId)
        .filter((row) => row.indicatorId === indicatorId)
        .delete();
      // The indicator's values: keys [id, year, measure] sort between [id] and [id, []] (an
      // array sorts after every number and string in IndexedDB).
      const values = await db.actualValues
        .where('[indicatorId+year+measure]')
        .between([indicatorId], [indicatorId, []])
        .delete();
      await db.officialAssessments.delete(indicatorId);
      await db.indicators.delete(indicatorId);
      await renumber(db, indicator.planId);
      await db.plans.update(indicator.planId, { updatedAt: at });
      await db.changeLog.add(
        logEntry(
          context,
          at,
          indicator.planId,
          indicatorId,
          '删除指标',
          {
            ...rowSnapshot(indicator),
            actualValues: values,
          },
          null,
        ),
      );
    },
  );
}

/** Moves an indicator one place up (-1) or down (+1) in the table. */
export async function moveIndicator(
  db: WorkbenchDb,
  planId: PlanId,
  indicatorId: IndicatorId,
  step: -1 | 1,
  context: WriteContext,
): Promise<void> {
  const at = context.now().toISOString();
  await db.transaction('rw', [db.indicators, db.plans, db.changeLog], async () => {
    const indicators = await listIndicators(db, planId);
    const index = indicators.findIndex((indicator) => indicator.id === indicatorId);
    const other = indicators[index + step];
    const current = indicators[index];
    if (!current || !other) return;
    await db.indicators.put({ ...current, order: other.order });
    await db.indicators.put({ ...other, order: current.order });
    await db.plans.update(planId, { updatedAt: at });
    await db.changeLog.add(
      logEntry(
        context,
        at,
        planId,
        indicatorId,
        '调整指标顺序',
        { order: current.order },
        {
          order: other.order,
        },
      ),
    );
  });
}

async function renumber(db: WorkbenchDb, planId: PlanId): Promise<void> {
  const indicators = await listIndicators(db, planId);
  await db.indicators.bulkPut(
    indicators.map((indicator, index) => ({ ...indicator, order: index + 1 })),
  );
}

function rowSnapshot(indicator: Indicator) {
  return {
    order: indicator.order,
    category: indicator.category,
    name: indicator.name,
    unit: indicator.unit,
    baseRaw: indicator.baseRaw,
    targetRaw: indicator.targetRaw,
    growthRaw: indicator.growthRaw,
    attribute: indicator.attribute,
  };
}
