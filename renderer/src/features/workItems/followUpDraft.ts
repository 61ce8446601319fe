import { draftFollowUps, laggingWorkItems } from '../../../../shared/domain/draftFollowUps';
import type { FollowUp } from '../../../../shared/domain/followUp';
import type { ActualValue } from '../../../../shared/domain/actualValue';
import type { Indicator } from '../../../../shared/domain/indicator';
import type { Plan } from '../../../../shared/domain/plan';
import type { VerdictOverride } from '../../../../shared/domain/verdict';
import type { WorkItem } from '../../../../shared/domain/workItem';
import type { EvaluationSettings } from '../../../../shared/evaluation/evaluationSettings';
import { evaluatePlan } from '../../../../shared/evaluation/evaluatePlan';
import { laggingIndicatorSource } from '../../../../shared/report/followUpTable';
import { isLagging } from '../../../../shared/report/reportContext';
import type { WorkItemProgressRow } from '../../db/rows';
import { periodStatuses } from './workItemsView';

/** What the screen drafts the 整改任务分工表 from. */
export type FollowUpDraftInput = {
  readonly scopeId: string;
  readonly year: number;
  /** The plan the items belong to; null for a stand-alone list (items only). */
  readonly plan: Plan | null;
  readonly indicators: readonly Indicator[];
  readonly actuals: readonly ActualValue[];
  readonly settings?: EvaluationSettings;
  readonly overrides?: ReadonlyMap<string, VerdictOverride>;
  readonly items: readonly WorkItem[];
  readonly progress: readonly WorkItemProgressRow[];
  readonly existing: readonly FollowUp[];
  readonly newId: () => string;
};

/**
 * The table with the rows the user has, then the year's lagging indicators (binding first, with
 * the report's suggested measure and deadline) and lagging items (全年 status 滞后 or 未启动):
 * the same draft the report lays out (shared/report/followUpTable.ts).
 */
export function draftFollowUpTable(input: FollowUpDraftInput): FollowUp[] {
  const statuses = periodStatuses(input.progress, input.year, '全年');
  return draftFollowUps({
    scopeId: input.scopeId,
    year: input.year,
    indicators: input.plan ? laggingIndicators(input, input.plan) : [],
    items: laggingWorkItems(input.items, statuses, input.year),
    existing: input.existing,
    newId: input.newId,
  });
}

function laggingIndicators(input: FollowUpDraftInput, plan: Plan) {
  const mode = input.year >= plan.targetYear ? 'final' : 'midterm';
  const { evaluations } = evaluatePlan(
    { plan, indicators: input.indicators, actualValues: input.actuals },
    {
      year: input.year,
      mode,
      ...(input.settings ? { settings: input.settings } : {}),
      ...(input.overrides ? { overrides: input.overrides } : {}),
    },
  );
  const byId = new Map(input.indicators.map((indicator) => [indicator.id as string, indicator]));
  const lagging = evaluations.flatMap((evaluation) => {
    const indicator = byId.get(evaluation.indicatorId);
    return indicator && isLagging(evaluation.finalVerdict) ? [{ indicator, evaluation }] : [];
  });
  const binding = lagging.filter((entry) => entry.indicator.attribute === '约束性');
  const others = lagging.filter((entry) => entry.indicator.attribute !== '约束性');
  return [...binding, ...others].map((entry) => laggingIndicatorSource(entry, plan));
}
