import type { WorkItemId } from './ids';

/**
 * Progress status of a work item in a period, as departments report it and mid-term reports count
 * it (REAL-REPORTS.md: 「进展符合预期」「滞后」). 已调整 = the item was changed or dropped by decision.
 */
export type ProgressStatus = '已完成' | '序时推进' | '滞后' | '未启动' | '已调整';

/** Every status, in display order. */
export const PROGRESS_STATUSES: readonly ProgressStatus[] = [
  '已完成',
  '序时推进',
  '滞后',
  '未启动',
  '已调整',
];

/** The span of a progress report: the whole year or its first half (上半年 调度). */
export type ProgressSpan = '全年' | '上半年';

/** Both spans, the half year first as it is reported first. */
export const PROGRESS_SPANS: readonly ProgressSpan[] = ['上半年', '全年'];

/** What a progress record holds besides its key. */
export type ProgressContent = {
  readonly status: ProgressStatus;
  /** 完成进度, % (0–100), null when not reported. */
  readonly shareDone: number | null;
  /** 进展情况: what was done, as the department wrote it. */
  readonly text: string;
  /** 完成投资, 万元, for projects; null when not reported. */
  readonly investmentDone: number | null;
  /** 数据来源, e.g. 市生态环境局报送. */
  readonly source: string;
  /** 填报人. */
  readonly reporter: string;
};

/** One item's progress in one year and span (issue 13「Progress by period」). */
export type WorkItemProgress = ProgressContent & {
  readonly itemId: WorkItemId;
  readonly year: number;
  readonly span: ProgressSpan;
};

/** Checks a progress record's content; returns a Chinese problem or null when it is valid. */
export function checkProgressContent(content: ProgressContent): string | null {
  if (!PROGRESS_STATUSES.includes(content.status)) return `进展状态「${content.status}」无法识别`;
  const share = content.shareDone;
  if (share !== null && (!Number.isFinite(share) || share < 0 || share > 100)) {
    return `完成进度 ${share} 不在 0–100 之间`;
  }
  const invest = content.investmentDone;
  if (invest !== null && (!Number.isFinite(invest) || invest < 0)) {
    return `完成投资 ${invest} 不是非负数`;
  }
  return null;
}

/** A status or 未填报 (no record for the period): what the counts and the table show. */
export type ProgressStatusOrMissing = ProgressStatus | '未填报';

/** 进展符合预期: done, or on schedule (「102项重大工程项目中96项进展符合预期」). */
export const ON_SCHEDULE_STATUSES: ReadonlySet<ProgressStatusOrMissing> = new Set<ProgressStatus>([
  '已完成',
  '序时推进',
]);

/** Behind, or not started: the statuses that put an item on the 整改任务分工表. */
export const LAGGING_STATUSES: ReadonlySet<ProgressStatusOrMissing> = new Set<ProgressStatus>([
  '滞后',
  '未启动',
]);

/** Every status then 未填报, in display order. */
export const STATUS_OR_MISSING: readonly ProgressStatusOrMissing[] = [
  ...PROGRESS_STATUSES,
  '未填报',
];

/** One colour per status, from the verdict palette (UX.md「one colour per verdict」). */
export const PROGRESS_STATUS_COLORS: Readonly<Record<ProgressStatusOrMissing, string>> = {
  已完成: '#1b7a3e',
  序时推进: '#2f6fd0',
  滞后: '#e8871e',
  未启动: '#cf2e2e',
  已调整: '#7b4fc9',
  未填报: '#8c8c8c',
};
