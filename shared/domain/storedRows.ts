/**
 * The rows the app stores (Dexie tables) and backs up: domain objects plus bookkeeping. Declared
 * once here so the database layer and the backup format cannot drift apart.
 */
import type { ActualValue } from './actualValue';
import type { IndicatorId, PlanId } from './ids';
import type { Plan } from './plan';
import type { OfficialAssessment } from './planBundle';

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
