/** Branded identifiers: keep plan ids, indicator ids and years from being mixed up. */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Stable id of a plan, e.g. `seed-jdz-14` for a built-in plan or a generated id for a user plan. */
export type PlanId = Brand<string, 'PlanId'>;
/** Stable id of an indicator, unique across plans, e.g. `seed-jdz-14/01`. */
export type IndicatorId = Brand<string, 'IndicatorId'>;

/** Marks a string as a PlanId (no runtime check: ids are opaque). */
export const asPlanId = (value: string): PlanId => value as PlanId;
/** Marks a string as an IndicatorId (no runtime check: ids are opaque). */
export const asIndicatorId = (value: string): IndicatorId => value as IndicatorId;

/** Builds the indicator id from its plan id and its 1-based position, zero padded for sorting. */
export function makeIndicatorId(planId: PlanId, order: number): IndicatorId {
  return asIndicatorId(`${planId}/${String(order).padStart(3, '0')}`);
}

/** Stable id of a work-item list (一份任务清单: a task list, or a plan's 专栏 projects). */
export type WorkItemListId = Brand<string, 'WorkItemListId'>;
/** Stable id of a work item, unique across lists, e.g. `seed-jdz-cjjjd-2021/007`. */
export type WorkItemId = Brand<string, 'WorkItemId'>;

/** Marks a string as a WorkItemListId (no runtime check: ids are opaque). */
export const asWorkItemListId = (value: string): WorkItemListId => value as WorkItemListId;
/** Marks a string as a WorkItemId (no runtime check: ids are opaque). */
export const asWorkItemId = (value: string): WorkItemId => value as WorkItemId;

/** Builds a work item's id from its list id and its 1-based position, zero padded for sorting. */
export function makeWorkItemId(listId: WorkItemListId, order: number): WorkItemId {
  return asWorkItemId(`${listId}/${String(order).padStart(3, '0')}`);
}
