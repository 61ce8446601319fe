import type { IndicatorId, PlanId } from '../../../../shared/domain/ids';
import type { EvaluationMode, VerdictOverride } from '../../../../shared/domain/verdict';
import type { WorkbenchDb } from '../db';
import type { VerdictOverrideRow } from '../rows';
import type { WriteContext } from '../writeContext';
import { logEntry } from './plansRepository';

/** Which override: one indicator, one evaluation year, one mode. */
export type VerdictOverrideKey = {
  readonly indicatorId: IndicatorId;
  readonly year: number;
  readonly mode: EvaluationMode;
};

const keyOf = (key: VerdictOverrideKey): [string, number, string] => [
  key.indicatorId,
  key.year,
  key.mode,
];

/** The overrides of a plan for one year and mode, by indicator, as evaluatePlan takes them. */
export async function listVerdictOverrides(
  db: WorkbenchDb,
  planId: PlanId,
  year: number,
  mode: EvaluationMode,
): Promise<Map<IndicatorId, VerdictOverride>> {
  const rows = await db.verdictOverrides.where('planId').equals(planId).toArray();
  const overrides = new Map<IndicatorId, VerdictOverride>();
  for (const row of rows) {
    if (row.year !== year || row.mode !== mode) continue;
    const { verdict, reason, decidedAt, decidedBy } = row;
    overrides.set(row.indicatorId, { verdict, reason, decidedAt, decidedBy });
  }
  return overrides;
}

/**
 * Saves (or replaces) an evaluator's judgment and logs it with the automatic verdict's
 * replacement (DOMAIN.md「Mid-term judgments」: overridden with a reason, never silently).
 */
export async function saveVerdictOverride(
  db: WorkbenchDb,
  row: VerdictOverrideRow,
  context?: WriteContext,
): Promise<void> {
  if (row.reason.trim() === '') throw new Error('人工研判必须填写理由');
  await db.transaction('rw', [db.verdictOverrides, db.changeLog], async () => {
    const before = await db.verdictOverrides.get(keyOf(row));
    await db.verdictOverrides.put(row);
    if (context) {
      const at = context.now().toISOString();
      const snapshot = { year: row.year, verdict: row.verdict, reason: row.reason };
      const previous = before
        ? { year: before.year, verdict: before.verdict, reason: before.reason }
        : null;
      await db.changeLog.add(
        logEntry(context, at, row.planId, row.indicatorId, '人工研判', previous, snapshot),
      );
    }
  });
}

/** Removes an override: the automatic verdict is in force again. */
export async function removeVerdictOverride(
  db: WorkbenchDb,
  key: VerdictOverrideKey,
  context?: WriteContext,
): Promise<void> {
  await db.transaction('rw', [db.verdictOverrides, db.changeLog], async () => {
    const before = await db.verdictOverrides.get(keyOf(key));
    if (!before) return;
    await db.verdictOverrides.delete(keyOf(key));
    if (context) {
      const at = context.now().toISOString();
      const previous = { year: before.year, verdict: before.verdict, reason: before.reason };
      await db.changeLog.add(
        logEntry(context, at, before.planId, before.indicatorId, '撤销人工研判', previous, null),
      );
    }
  });
}
