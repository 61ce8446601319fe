import { useMemo } from 'react';
import type { PlanId } from '../../../../shared/domain/ids';
import type { PlanBundle } from '../../../../shared/domain/planBundle';
import type { EvaluationMode } from '../../../../shared/domain/verdict';
import { buildReport } from '../../../../shared/report/buildReport';
import type { ReportDocument } from '../../../../shared/report/reportDocument';
import { applySectionEdits } from '../../../../shared/report/sectionEdits';
import { seriesFromPlan } from '../../../../shared/report/referenceSeries';
import { workItemsForReport } from '../../../../shared/report/workItemsForReport';
import {
  useLiveReferencePlanIds,
  useLiveReportFraming,
  useLiveReportSections,
} from '../../db/liveQueries';
import { useLivePlanBundles } from '../../db/planBundleQuery';
import { useLiveFollowUps, useLivePlanWorkItems } from '../../db/workItemQueries';
import type { ReportKey } from '../../db/repositories/reportSectionsRepository';
import { useEvaluationView } from '../evaluation/hooks/useEvaluationView';

/** The report on screen: its key (plan, year, mode) and the model, or undefined while loading. */
export type ReportState = {
  readonly bundle: PlanBundle | null | undefined;
  readonly key: ReportKey | null;
  readonly report: ReportDocument | undefined;
};

/**
 * Builds the report live from Dexie (issue 6) on the same evaluation 评估分析 shows (overrides
 * included), with the edited sections of this plan, year and mode. Any change to the data
 * regenerates the report; edited sections keep the evaluator's text.
 */
export function useReportDocument(
  planId: string | null,
  selection: { year: number | null; mode: EvaluationMode | null },
): ReportState {
  const { bundle, view } = useEvaluationView(planId, selection);
  const key = useMemo(
    (): ReportKey | null =>
      bundle && view ? { planId: bundle.plan.id, year: view.year, mode: view.mode } : null,
    [bundle, view],
  );
  const edits = useLiveReportSections(key);
  const framing = useLiveReportFraming(key?.planId ?? null);
  const references = useLiveReferenceBundles(key?.planId ?? null);
  // The 整改任务分工表 the evaluator completed on 重点任务 for this plan and year (issue 13).
  const followUps = useLiveFollowUps(key?.planId ?? '', key?.year ?? 0);
  // 三 is drafted from the plan's stored tasks, projects and reforms and their progress (issue 14).
  const planItems = useLivePlanWorkItems(key?.planId ?? null);
  const report = useMemo(() => {
    if (!bundle || !view || !edits || !framing || !references || !followUps || !planItems) {
      return undefined;
    }
    const { year, mode } = view;
    const series = references.map((reference) => seriesFromPlan(bundle.plan, reference));
    const generated = buildReport(bundle, view.result, {
      year,
      mode,
      framing,
      references: series,
      followUps,
      workItems: workItemsForReport(
        planItems.sources.flatMap((source) => source.items),
        planItems.progress,
        year,
      ),
    });
    const sectionEdits = [...edits.values()].map((row) => ({
      sectionId: row.sectionId,
      text: row.text,
      basedOn: row.generatedText,
    }));
    return applySectionEdits(generated, sectionEdits);
  }, [bundle, view, edits, framing, references, followUps, planItems]);
  return { bundle, key, report };
}

/** The plans chosen for comparison, with their values; undefined while loading. */
export function useLiveReferenceBundles(planId: PlanId | null): PlanBundle[] | undefined {
  return useLivePlanBundles(useLiveReferencePlanIds(planId));
}
