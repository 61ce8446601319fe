import type { IndicatorId, WorkItemId } from './ids';

/**
 * What a follow-up row is about: a lagging indicator, a lagging work item, or a row the user
 * added by hand (its key is unique within the table).
 */
export type FollowUpSubject =
  | { readonly type: 'indicator'; readonly indicatorId: IndicatorId }
  | { readonly type: 'workItem'; readonly itemId: WorkItemId }
  | { readonly type: 'manual'; readonly key: string };

/**
 * One row of the 整改任务分工表: after the People's Congress review each lagging item gets a lead
 * department, a measure and a deadline (issue 13「Follow-up list」). The app drafts the rows from
 * the lagging indicators and items; the user completes them.
 */
export type FollowUp = {
  readonly id: string;
  /** The plan (or stand-alone task list) whose evaluation the table belongs to. */
  readonly scopeId: string;
  /** Evaluation year. */
  readonly year: number;
  /** 1-based order in the table. */
  readonly order: number;
  readonly subject: FollowUpSubject;
  /** 事项: the indicator's or item's name as shown in the table. */
  readonly title: string;
  /** 存在问题: why it is on the list (e.g. 「2023年进度 40%，低于时间进度 60%」). */
  readonly problem: string;
  /** 牵头单位. */
  readonly lead: string;
  /** 整改措施. */
  readonly measure: string;
  /** 完成时限, as the user writes it (e.g. 2024年12月底前). */
  readonly deadline: string;
};
