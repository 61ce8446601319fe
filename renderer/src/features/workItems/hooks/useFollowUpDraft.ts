import { useCallback } from 'react';
import type { FollowUp } from '../../../../../shared/domain/followUp';
import {
  useLiveIndicators,
  useLivePlan,
  useLivePlanActuals,
  useLivePlanEvaluationSettings,
  useLiveVerdictOverrides,
} from '../../../db/liveQueries';
import type { WorkItemListRow } from '../../../db/rows';
import {
  useLiveListProgress,
  useLivePlanWorkItems,
  useLiveWorkItems,
} from '../../../db/workItemQueries';
import { draftFollowUpTable } from '../followUpDraft';

/**
 * The draft of a list's 整改任务分工表 for a year, once everything it reads has loaded (null
 * before): the plan's lagging indicators and the lagging items of all the plan's lists, or of the
 * list alone when it belongs to no plan.
 */
export function useFollowUpDraft(
  list: WorkItemListRow,
  year: number,
): {
  scopeId: string;
  scopeName: string;
  draft: ((existing: readonly FollowUp[]) => FollowUp[]) | null;
} {
  const planId = list.planId ?? undefined;
  const plan = useLivePlan(planId);
  const indicators = useLiveIndicators(planId);
  const actuals = useLivePlanActuals(planId);
  const settings = useLivePlanEvaluationSettings(planId);
  const mode = plan && year >= plan.targetYear ? 'final' : 'midterm';
  const overrides = useLiveVerdictOverrides(list.planId, year, mode);
  const planItems = useLivePlanWorkItems(list.planId);
  const listItems = useLiveWorkItems(list.id);
  const listProgress = useLiveListProgress(list.id);
  const scopeId = list.planId ?? list.id;
  const items = list.planId ? planItems?.sources.flatMap((s) => s.items) : listItems;
  const progress = list.planId ? planItems?.progress : listProgress;
  const planLoaded = [plan, indicators, actuals, settings, overrides].every((v) => v !== undefined);
  const ready = (!planId || planLoaded) && items !== undefined && progress !== undefined;
  const draft = useCallback(
    (existing: readonly FollowUp[]) =>
      draftFollowUpTable({
        scopeId,
        year,
        plan: plan ?? null,
        indicators: indicators ?? [],
        actuals: actuals ?? [],
        ...(settings ? { settings } : {}),
        ...(overrides ? { overrides } : {}),
        items: items ?? [],
        progress: progress ?? [],
        existing,
        newId: () => crypto.randomUUID(),
      }),
    [scopeId, year, plan, indicators, actuals, settings, overrides, items, progress],
  );
  return { scopeId, scopeName: plan?.name ?? list.name, draft: ready ? draft : null };
}
