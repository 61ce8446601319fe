import type { PlanId } from '../../../../shared/domain/ids';
import type { EvaluationSettings } from '../../../../shared/evaluation/evaluationSettings';
import { DEFAULT_EVALUATION_SETTINGS } from '../../../../shared/evaluation/evaluationSettings';
import { parseEvaluationSettings } from '../../../../shared/evaluation/parseEvaluationSettings';
import { changedSettings } from '../../../../shared/evaluation/settingsNote';
import type { WorkbenchDb } from '../db';
import type { WriteContext } from '../writeContext';
import { logEntry } from './plansRepository';

/**
 * Evaluation thresholds are stored per plan in the key/value `settings` table (one plan's
 * evaluator may judge more strictly than another's; issue 12 item 17), so backups carry them.
 */
export function evaluationSettingsKey(planId: PlanId): string {
  return `evaluationSettings:${planId}`;
}

/**
 * The thresholds in force for a plan: the stored ones, or the defaults when none are stored. A
 * stored value that no longer reads (say, from a restored backup of another version) counts as
 * the defaults, so the evaluation never stops on it; the form shows the defaults to save again.
 */
export async function getPlanEvaluationSettings(
  db: WorkbenchDb,
  planId: PlanId,
): Promise<EvaluationSettings> {
  const row = await db.settings.get(evaluationSettingsKey(planId));
  if (row === undefined) return DEFAULT_EVALUATION_SETTINGS;
  const parsed = parseEvaluationSettings(row.value);
  return parsed.ok ? parsed.value : DEFAULT_EVALUATION_SETTINGS;
}

/**
 * Saves a plan's thresholds after checking them (the same check as the CLI's `--settings`), and
 * logs which fields changed. Settings equal to the defaults are stored as no row at all.
 */
export async function savePlanEvaluationSettings(
  db: WorkbenchDb,
  planId: PlanId,
  settings: EvaluationSettings,
  context: WriteContext,
): Promise<void> {
  const parsed = parseEvaluationSettings(settings);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const key = evaluationSettingsKey(planId);
  const isDefault = changedSettings(parsed.value).length === 0;
  await db.transaction('rw', [db.settings, db.changeLog], async () => {
    const before = await db.settings.get(key);
    if (isDefault && before === undefined) return;
    if (isDefault) await db.settings.delete(key);
    else await db.settings.put({ key, value: parsed.value });
    const action = isDefault ? '评估阈值恢复默认' : '修改评估阈值';
    await db.changeLog.add(
      logEntry(
        context,
        context.now().toISOString(),
        planId,
        null,
        action,
        before?.value ?? null,
        isDefault ? null : parsed.value,
      ),
    );
  });
}

/** Back to the defaults: removes the plan's stored thresholds (logged). */
export async function resetPlanEvaluationSettings(
  db: WorkbenchDb,
  planId: PlanId,
  context: WriteContext,
): Promise<void> {
  await savePlanEvaluationSettings(db, planId, DEFAULT_EVALUATION_SETTINGS, context);
}
