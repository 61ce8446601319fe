import type { TextMention } from '../domain/workItem';
import type { ProgressSpan } from '../domain/workItemProgress';

/** A month as a count: year·12 + month − 1 (January 2021 → 24252). */
type MonthIndex = number;

const monthIndex = (year: number, month: number): MonthIndex => year * 12 + month - 1;

/** The last month a period covers: June for 上半年, December for the whole year. */
export function periodEndMonth(year: number, span: ProgressSpan): MonthIndex {
  return monthIndex(year, span === '上半年' ? 6 : 12);
}

/**
 * The latest deadline written in an item's text, as the month it ends: 「2021 年底前」「到 2025 年」
 * → December; 「2022年6月底前」 → June. Null when the text names no year.
 */
export function latestDeadlineMonth(deadlines: readonly TextMention[]): MonthIndex | null {
  let latest: MonthIndex | null = null;
  for (const deadline of deadlines) {
    const match = /((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?/.exec(deadline.text);
    if (!match) continue;
    const month = match[2] ? Math.min(12, Math.max(1, Number(match[2]))) : 12;
    const candidate = monthIndex(Number(match[1]), month);
    latest = latest === null ? candidate : Math.max(latest, candidate);
  }
  return latest;
}

/**
 * 时间进度 in % (0–100): the share of the item's run from January of its first year to its end
 * month that has passed by the end of the period (issue 13: 完成投资占计划投资 vs 时间进度).
 */
export function timeProgressPercent(
  startYear: number,
  endMonth: MonthIndex,
  periodEnd: MonthIndex,
): number {
  const start = monthIndex(startYear, 1) - 1;
  const length = endMonth - start;
  if (length <= 0) return 100;
  return Math.min(100, Math.max(0, ((periodEnd - start) / length) * 100));
}

/** The end month of a year (for items whose run ends with a plan or project year). */
export function yearEndMonth(year: number): MonthIndex {
  return monthIndex(year, 12);
}
