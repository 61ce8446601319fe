/**
 * 指标调整建议 (issue 14, REAL-REPORTS.md「Problems and suggestions」): which lagging targets are
 * out of reach at the current pace and which bases are no longer comparable, so the mid-term
 * review can propose adjusting them. The rule is ours (no source publishes one, decision 0034):
 * a target is out of reach when the pace still required is at least twice the planned pace, or the
 * indicator has moved away from its target since the base year.
 */
import type { ReportContext } from './reportContext';
import { indicatorsPhrase } from './reportContext';
import type { ReportIndicatorData } from './reportDocument';

/** Required pace over planned pace from which a target counts as out of reach. */
export const OUT_OF_REACH_FACTOR = 2;

const numberOf = (entry: ReportIndicatorData, label: string): number | null =>
  entry.evaluation.numbers.find((number) => number.label === label)?.value ?? null;

/** True when the lagging indicator needs twice its planned pace or has gone backwards. */
export function isOutOfReach(entry: ReportIndicatorData, span: number): boolean {
  const { evaluation } = entry;
  if (evaluation.progressRatio !== null && evaluation.progressRatio < 0) return true;
  const planned = numberOf(entry, '规划年均增速') ?? numberOf(entry, '规划增速');
  const required = evaluation.requiredAnnualGrowth;
  if (planned !== null && planned > 0 && required !== null) {
    return required >= OUT_OF_REACH_FACTOR * planned;
  }
  const plannedChange = numberOf(entry, '规划累计变化');
  const requiredChange = evaluation.requiredAnnualChange;
  if (plannedChange !== null && plannedChange !== 0 && requiredChange !== null && span > 0) {
    return requiredChange / (plannedChange / span) >= OUT_OF_REACH_FACTOR;
  }
  return false;
}

/** A revised base whose two readings disagree: the plan's base is no longer comparable. */
export function hasIncomparableBase(entry: ReportIndicatorData): boolean {
  return entry.evaluation.baseRevision?.alternative != null;
}

/** The suggestion, or null when no target needs adjusting. */
export function adjustmentPoint(
  context: ReportContext,
  lagging: readonly ReportIndicatorData[],
): string | null {
  const span = context.plan.targetYear - context.plan.baseYear;
  const unreachable = lagging.filter((entry) => isOutOfReach(entry, span));
  const incomparable = context.entries.filter(hasIncomparableBase);
  const parts: string[] = [];
  if (unreachable.length > 0) {
    const names = indicatorsPhrase(
      unreachable.map((entry) => entry.indicator.name),
      Number.POSITIVE_INFINITY,
    );
    parts.push(
      `${names}按目前进度测算，后续年份所需增速或增量已达规划水平的${OUT_OF_REACH_FACTOR}倍以上，如期完成难度较大，建议在深入论证的基础上，按程序研究调整目标值`,
    );
  }
  if (incomparable.length > 0) {
    const names = indicatorsPhrase(incomparable.map((entry) => entry.indicator.name));
    parts.push(`${names}的基期值经修订后与规划编制时口径不一致，建议按修订后口径重新核定目标值`);
  }
  return parts.length === 0 ? null : `提出指标调整建议。${parts.join('；')}。`;
}
