/**
 * The rows the app stores (Dexie tables) and backs up: domain objects plus bookkeeping. Declared
 * once here so the database layer and the backup format cannot drift apart.
 */
import type { ActualValue } from './actualValue';
import type { FollowUp } from './followUp';
import type { IndicatorId, PlanId, WorkItemId, WorkItemListId } from './ids';
import type { Plan } from './plan';
import type { OfficialAssessment } from './planBundle';
import type { EvaluationMode, Verdict } from './verdict';
import type { WorkItem } from './workItem';
import type { WorkItemList } from './workItemList';
import type { WorkItemProgress } from './workItemProgress';

/** A stored plan: the domain Plan plus bookkeeping times (ISO strings). */
export type PlanRow = Plan & {
  readonly createdAt: string;
  readonly updatedAt: string;
};

/** A stored actual value; `planId` is denormalised so a plan's values are one index lookup. */
export type ActualValueRow = ActualValue & { readonly planId: PlanId };

/** A stored official verdict of a completion table. */
export type OfficialAssessmentRow = OfficialAssessment & { readonly planId: PlanId };

/** Where a change came from (issue 5: 手工录入 / 粘贴 / 导入：文件名). */
export type ChangeOrigin =
  | { readonly type: 'manual' }
  | { readonly type: 'paste' }
  | { readonly type: 'import'; readonly fileName: string }
  | { readonly type: 'restore' }
  | { readonly type: 'system' };

/** One entry of the change log: what changed, when, by whom, and from where. */
export type ChangeLogRow = {
  readonly id: string;
  /** ISO time. */
  readonly at: string;
  readonly user: string;
  readonly planId: PlanId;
  readonly indicatorId: IndicatorId | null;
  /** Short Chinese description, e.g. 「新建规划」「删除指标」. */
  readonly action: string;
  readonly origin: ChangeOrigin;
  /** JSON of the value before and after (null when created or deleted). */
  readonly before: string | null;
  readonly after: string | null;
};

/** A key/value setting (user name, evaluation thresholds, …). */
export type SettingRow = { readonly key: string; readonly value: unknown };

/** Database bookkeeping (seed version, last backup, …). */
export type MetaRow = { readonly key: string; readonly value: unknown };

/**
 * An evaluator's override of one indicator's automatic verdict for one evaluation year and mode
 * (DOMAIN.md「Mid-term judgments」: overridden with a reason, the automatic verdict stays visible).
 */
export type VerdictOverrideRow = {
  readonly planId: PlanId;
  readonly indicatorId: IndicatorId;
  readonly year: number;
  readonly mode: EvaluationMode;
  readonly verdict: Verdict;
  readonly reason: string;
  /** ISO time of the decision. */
  readonly decidedAt: string;
  readonly decidedBy: string;
};

/**
 * The evaluator's text of one report section for a plan, year and mode (issue 6: edits survive
 * regenerating other sections). `generatedText` is the draft the edit started from, so the app
 * can tell whether regenerating would now say something else.
 */
export type ReportSectionRow = {
  readonly planId: PlanId;
  readonly year: number;
  readonly mode: EvaluationMode;
  /** Stable id of the section in the report model (e.g. `overall`). */
  readonly sectionId: string;
  readonly text: string;
  readonly generatedText: string;
  /** ISO time of the last edit. */
  readonly editedAt: string;
  readonly editedBy: string;
};

/** A stored work-item list (issue 13) with bookkeeping times (ISO strings). */
export type WorkItemListRow = WorkItemList & {
  readonly createdAt: string;
  readonly updatedAt: string;
};

/** A stored work item: the domain object as is (its `listId` is the lookup index). */
export type WorkItemRow = WorkItem;

/** A stored progress record; `listId` is denormalised so a list's progress is one index lookup. */
export type WorkItemProgressRow = WorkItemProgress & { readonly listId: WorkItemListId };

/**
 * One entry of the work items' change log, in the style of {@link ChangeLogRow}: progress records
 * and item edits, with the JSON before and after so a change can be reverted.
 */
export type WorkItemChangeLogRow = {
  readonly id: string;
  /** ISO time. */
  readonly at: string;
  readonly user: string;
  readonly listId: WorkItemListId;
  readonly itemId: WorkItemId | null;
  /** Short Chinese description, e.g. 「填报进展」「修改进展」「导入任务清单」. */
  readonly action: string;
  readonly origin: ChangeOrigin;
  readonly before: string | null;
  readonly after: string | null;
};

/** A stored row of the 整改任务分工表. */
export type FollowUpRow = FollowUp;
