/**
 * The report's view of one work item (issue 13 and 14): what 三、重点任务、重大工程项目和重大改革
 * 推进情况 counts and names — its kind, area and lead departments, and the status reported for the
 * report year, or 未填报 when none was. Projects carry their planned and completed investment.
 */
import type { WorkItemId } from '../domain/ids';
import type { WorkItemKind } from '../domain/workItem';
import type { ProgressStatusOrMissing } from '../domain/workItemProgress';

/** One task, project or reform as the report counts it. */
export type ReportWorkItem = {
  /** The stored item, so a completed 整改任务分工表 row matches it; null in a view without ids. */
  readonly itemId: WorkItemId | null;
  readonly kind: WorkItemKind;
  /** Number as printed (「7」); '' when none. */
  readonly number: string;
  readonly title: string;
  /** 专栏 or 篇章 the item sits in; '' when the document has none. */
  readonly area: string;
  /** 牵头单位, in order; empty when not given. */
  readonly leads: readonly string[];
  /** The status reported for the report year, or 未填报 (never counted as on schedule). */
  readonly status: ProgressStatusOrMissing;
  /** Projects: 计划总投资, 万元; null for other kinds or when not printed. */
  readonly plannedInvestment: number | null;
  /** Projects: 累计完成投资 reported for the year, 万元; null when not reported. */
  readonly investmentDone: number | null;
};

/** What real reports call each kind (「102项重大工程项目中96项进展符合预期」). */
export const REPORT_KIND_LABELS: Readonly<Record<WorkItemKind, string>> = {
  任务: '重点任务',
  工程项目: '重大工程项目',
  改革举措: '重大改革',
};

/** 「7. 深入推进城镇污水垃圾处理」: how the report and the 重点任务 page name an item. */
export function reportItemName(item: Pick<ReportWorkItem, 'number' | 'title'>): string {
  return item.number === '' ? item.title : `${item.number}. ${item.title}`;
}
