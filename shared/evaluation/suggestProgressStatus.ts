import type { WorkItem } from '../domain/workItem';
import type { WorkItemList } from '../domain/workItemList';
import type { ProgressSpan, ProgressStatus } from '../domain/workItemProgress';
import {
  latestDeadlineMonth,
  periodEndMonth,
  timeProgressPercent,
  yearEndMonth,
} from './timeProgress';
import { formatUpTo } from '../lib/formatNumber';

/** What the department reported so far for the period (either may be missing). */
export type ReportedProgress = {
  /** 完成进度, %. */
  readonly shareDone: number | null;
  /** 截至本期累计完成投资, 万元 (projects). */
  readonly investmentDone: number | null;
};

/** A suggested status with the sentence that explains it; the user decides (issue 13). */
export type StatusSuggestion = {
  readonly status: ProgressStatus;
  readonly reason: string;
  /** 时间进度 of the period, %, rounded to one decimal. */
  readonly timeProgress: number;
};

/** Points a share may fall short of the time progress and still count as 序时推进. */
export const ON_SCHEDULE_TOLERANCE = 5;

/**
 * Suggests a status from what was reported: done at 100 %; 滞后 when the item's deadline has
 * passed unfinished; otherwise the share done — for projects with a planned total, 完成投资占计划
 * 投资 — against 时间进度 (序时推进 within ON_SCHEDULE_TOLERANCE points, else 滞后); 未启动 at 0.
 * Null when nothing reported allows a suggestion. 已调整 is never suggested: it is a decision.
 */
export function suggestProgressStatus(
  item: WorkItem,
  list: Pick<WorkItemList, 'startYear' | 'endYear'>,
  period: { readonly year: number; readonly span: ProgressSpan },
  reported: ReportedProgress,
): StatusSuggestion | null {
  const project = item.kind === '工程项目' ? item.project : null;
  const startYear = project?.startYear ?? list.startYear;
  const deadline = latestDeadlineMonth(item.deadlines);
  const endMonth = deadline ?? yearEndMonth(project?.endYear ?? list.endYear);
  const periodEnd = periodEndMonth(period.year, period.span);
  const timeProgress = Math.round(timeProgressPercent(startYear, endMonth, periodEnd) * 10) / 10;
  const share = shareOf(project?.totalInvestment ?? null, reported);
  if (share === null) return null;
  const suggest = (status: ProgressStatus, reason: string) => ({ status, reason, timeProgress });
  const shareText = `${share.label} ${formatPercent(share.value)}`;
  if (share.value >= 100) return suggest('已完成', `${shareText}，已全部完成`);
  if (deadline !== null && periodEnd >= deadline) {
    const written = item.deadlines.map((d) => d.text).join('、');
    return suggest('滞后', `完成时限「${written}」已到，${shareText}，尚未完成`);
  }
  if (share.value === 0) return suggest('未启动', `${shareText}，尚未启动`);
  const against = `时间进度 ${formatPercent(timeProgress)}`;
  if (share.value + ON_SCHEDULE_TOLERANCE >= timeProgress) {
    return suggest(
      '序时推进',
      `${shareText}，不低于${against}（允许差 ${ON_SCHEDULE_TOLERANCE} 个百分点）`,
    );
  }
  return suggest('滞后', `${shareText}，低于${against}`);
}

/** The share that counts: investment against the planned total for projects that have both. */
function shareOf(
  totalInvestment: number | null,
  reported: ReportedProgress,
): { value: number; label: string } | null {
  if (totalInvestment !== null && totalInvestment > 0 && reported.investmentDone !== null) {
    return {
      value: (reported.investmentDone / totalInvestment) * 100,
      label: '完成投资占计划投资',
    };
  }
  return reported.shareDone === null ? null : { value: reported.shareDone, label: '完成进度' };
}

function formatPercent(value: number): string {
  return `${formatUpTo(value, 1)}%`;
}
