import { useMemo } from 'react';
import { asPlanId } from '../../../../shared/domain/ids';
import type { PlanBundle } from '../../../../shared/domain/planBundle';
import type { EvaluationMode } from '../../../../shared/domain/verdict';
import { defaultEvaluationOptions } from '../../../../shared/evaluation/defaultEvaluationOptions';
import { evaluatePlan } from '../../../../shared/evaluation/evaluatePlan';
import { buildReport } from '../../../../shared/report/buildReport';
import type { ReportDocument } from '../../../../shared/report/reportDocument';
import { applySectionEdits } from '../../../../shared/report/sectionEdits';
import { useLiveReportSections, useLiveVerdictOverrides } from '../../db/liveQueries';
import { useLivePlanBundle } from '../../db/planBundleQuery';
import type { ReportKey } from '../../db/repositories/reportSectionsRepository';

/** The report on screen: its key (plan, year, mode) and the model, or undefined while loading. */
export type ReportState = {
  readonly bundle: PlanBundle | null | undefined;
  readonly key: ReportKey | null;
  readonly report: ReportDocument | undefined;
};

/**
 * Builds the report live from Dexie (issue 6): the plan bundle, the evaluator's overrides and the
 * edited sections of this plan, year and mode. Any change to the data regenerates the report;
 * edited sections keep the evaluator's text.
 */
export function useReportDocument(
  planId: string | null,
  selection: { year: number | null; mode: EvaluationMode | null },
): ReportState {
  const bundle = useLivePlanBundle(planId ? asPlanId(planId) : null);
  const key = useMemo((): ReportKey | null => {
    if (!bundle) return null;
    const defaults = defaultEvaluationOptions(bundle.plan, bundle.actualValues);
    return {
      planId: bundle.plan.id,
      year: selection.year ?? defaults.year,
      mode: selection.mode ?? defaults.mode,
    };
  }, [bundle, selection.year, selection.mode]);
  const overrides = useLiveVerdictOverrides(key?.planId, key?.year, key?.mode);
  const edits = useLiveReportSections(key);
  const report = useMemo(() => {
    if (!bundle || !key || !overrides || !edits) return undefined;
    const evaluation = evaluatePlan(bundle, { year: key.year, mode: key.mode, overrides });
    const generated = buildReport(bundle, evaluation, { year: key.year, mode: key.mode });
    const sectionEdits = [...edits.values()].map((row) => ({
      sectionId: row.sectionId,
      text: row.text,
      basedOn: row.generatedText,
    }));
    return applySectionEdits(generated, sectionEdits);
  }, [bundle, key, overrides, edits]);
  return { bundle, key, report };
}
