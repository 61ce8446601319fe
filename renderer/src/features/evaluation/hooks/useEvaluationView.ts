import { useMemo } from 'react';
import { asPlanId } from '../../../../../shared/domain/ids';
import type { PlanBundle } from '../../../../../shared/domain/planBundle';
import type { EvaluationMode } from '../../../../../shared/domain/verdict';
import { defaultEvaluationOptions } from '../../../../../shared/evaluation/defaultEvaluationOptions';
import { useLivePlanEvaluationSettings, useLiveVerdictOverrides } from '../../../db/liveQueries';
import { useLivePlanBundle } from '../../../db/planBundleQuery';
import { buildEvaluationView, type EvaluationView } from '../evaluationView';

/** The plan on screen and its evaluation; each undefined while loading. */
export type LiveEvaluation = {
  readonly bundle: PlanBundle | null | undefined;
  readonly view: EvaluationView | null | undefined;
};

/**
 * Reads the plan, its thresholds and the overrides of the chosen year and mode live, and
 * evaluates: every entered value, threshold and override shows at once (Dexie is the source of truth, docs/decisions/0003).
 */
export function useEvaluationView(
  planId: string | null,
  selection: { year: number | null; mode: EvaluationMode | null },
): LiveEvaluation {
  const bundle = useLivePlanBundle(planId ? asPlanId(planId) : null);
  const defaults = useMemo(
    () => (bundle ? defaultEvaluationOptions(bundle.plan, bundle.actualValues) : null),
    [bundle],
  );
  const year = selection.year ?? defaults?.year ?? null;
  const mode = selection.mode ?? defaults?.mode ?? null;
  const overrides = useLiveVerdictOverrides(bundle?.plan.id, year, mode);
  const settings = useLivePlanEvaluationSettings(bundle?.plan.id);
  const view = useMemo(() => {
    if (!bundle || year === null || mode === null) return bundle === null ? null : undefined;
    if (!overrides || !settings) return undefined;
    return buildEvaluationView(bundle, { year, mode, overrides, settings });
  }, [bundle, year, mode, overrides, settings]);
  return { bundle, view };
}
