import type { PlanId, WorkItemListId } from './ids';
import type { PlanOrigin } from './plan';
import type { WorkItem } from './workItem';

/**
 * A list of work items from one document: a task list (工作要点, 分工方案) or a plan's 专栏
 * projects. `planId` links it to the plan whose evaluation it belongs to, so a department's
 * workbook and the report cover both the plan's indicators and its items.
 */
export type WorkItemList = {
  readonly id: WorkItemListId;
  /** e.g. 2021年景德镇市推进长江经济带发展工作要点. */
  readonly name: string;
  readonly region: string;
  /** The plan this list belongs to, or null when it stands alone. */
  readonly planId: PlanId | null;
  /** First and last year the items run over, e.g. 2021–2021 for a yearly list. */
  readonly startYear: number;
  readonly endYear: number;
  readonly origin: PlanOrigin;
};

/** A list with its items: what an import or a seed yields, and the seed JSON format. */
export type WorkItemBundle = {
  readonly list: WorkItemList;
  readonly items: readonly WorkItem[];
};
