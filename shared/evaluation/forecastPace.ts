/**
 * The outlook for the target year (issue 12, item 13): from the pace so far and the pace still
 * needed, the two-part verdicts of real mid-term reports — 预计可超额完成 / 预计可如期完成 /
 * 完成难度较大. The rule is in docs/evaluation-method.md「七、目标年展望」.
 */
import type { EvaluationFrame } from './evaluationFrame';
import type { Outlook } from './indicatorEvaluation';

/**
 * Pace so far and pace still needed, per year, both signed toward the target (positive = toward
 * it): growth rates in % for growth targets, amounts for increments and flows.
 */
export type Pace = {
  readonly soFar: number | null;
  readonly needed: number | null;
  /** The target is already reached. */
  readonly reached: boolean;
};

/** A pace from its two figures. */
export function paceOf(soFar: number | null, needed: number | null, reached: boolean): Pace {
  return { soFar, needed, reached };
}

/** A growth pace: average growth so far and required growth in %, signed by the planned way. */
export function growthPace(
  way: 1 | -1,
  soFar: number | null,
  needed: number | null,
  reached: boolean,
): Pace {
  return paceOf(
    soFar === null ? null : way * soFar,
    needed === null ? null : way * needed,
    reached,
  );
}

/** The outlook for a pace, or null in or after the target year, or without a pace. */
export function outlookOf(
  pace: Pace | null,
  frame: EvaluationFrame,
  dataYear: number | null,
  isBinding: boolean,
): Outlook | null {
  if (pace === null || dataYear === null || dataYear >= frame.targetYear) return null;
  if (pace.reached) return '预计可超额完成';
  const { soFar, needed } = pace;
  if (soFar === null || needed === null) return null;
  if (needed <= 0) return '预计可超额完成';
  const ratio = soFar / needed;
  const { midterm } = frame.settings;
  if (ratio >= midterm.aheadRatio) return '预计可超额完成';
  const onTrack = isBinding ? midterm.bindingOnTrackRatio : midterm.onTrackRatio;
  return ratio >= onTrack ? '预计可如期完成' : '完成难度较大';
}
