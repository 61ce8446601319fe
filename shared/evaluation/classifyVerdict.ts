/**
 * From measured progress to a verdict in the mode's vocabulary. DOMAIN.md「Mid-term judgments」
 * (时间过半、任务过半) and the thresholds of evaluationSettings.ts.
 */
import type { FinalVerdict, MidtermVerdict, Verdict } from '../domain/verdict';
import type { EvaluationFrame } from './evaluationFrame';

/** Floating-point slack, so a rate of exactly 6.5 (computed as 6.4999999999) meets 6.5. */
export const EPSILON = 1e-9;

const atLeast = (value: number, threshold: number): boolean => value >= threshold - EPSILON;

/** What a progress rule measured. */
export type ProgressMeasure = {
  /** Actual over required progress (R), or null when not computable. */
  readonly ratio: number | null;
  /** The target is already met at the data year. */
  readonly reached: boolean;
  /** Final mode: interim data show the target was met before the target year. */
  readonly reachedEarly?: boolean;
  /** Within the plan's 左右 band, which counts as meeting the rate. */
  readonly withinBand?: boolean;
  /** 以上 / > targets: on track only at R ≥ 1 (no Eurostat slack). */
  readonly isFloorTarget?: boolean;
  /**
   * `reached` says whether a target level was reached (a total with a level actual and a target
   * level): then R ≥ 100 % alone never makes it 全面完成 (issue 12, item 15).
   */
  readonly isLevelJudged?: boolean;
};

/** Classifies measured progress; binding (约束性) indicators need the stricter ratio. */
export function classifyProgress(
  measure: ProgressMeasure,
  frame: EvaluationFrame,
  isBinding: boolean,
): Verdict {
  return frame.mode === 'midterm'
    ? classifyMidterm(measure, frame, isBinding)
    : classifyFinal(measure, frame, isBinding);
}

function classifyMidterm(
  measure: ProgressMeasure,
  frame: EvaluationFrame,
  isBinding: boolean,
): MidtermVerdict {
  const { midterm } = frame.settings;
  if (measure.reached) return '提前实现';
  const ratio = measure.ratio;
  if (ratio === null) return measure.withinBand ? '符合预期' : '滞后';
  if (atLeast(ratio, midterm.aheadRatio)) return '快于预期';
  let needed = isBinding ? midterm.bindingOnTrackRatio : midterm.onTrackRatio;
  if (measure.isFloorTarget) needed = Math.max(needed, 1);
  return atLeast(ratio, needed) || measure.withinBand ? '符合预期' : '滞后';
}

function classifyFinal(
  measure: ProgressMeasure,
  frame: EvaluationFrame,
  isBinding: boolean,
): FinalVerdict {
  const { final } = frame.settings;
  const ratio = measure.ratio;
  if (measure.reachedEarly) return '提前完成';
  const ratioMet = !measure.isLevelJudged && ratio !== null && atLeast(ratio, 1);
  if (measure.reached || ratioMet || measure.withinBand) {
    return ratio !== null && atLeast(ratio, final.earlyRatio) ? '提前完成' : '全面完成';
  }
  if (ratio === null) return '未完成';
  // docs/evaluation-method.md「四」: in the official tables 未完成 means no progress or a move
  // the wrong way; any other shortfall is 基本完成或接近完成, binding indicators included.
  if (final.reading === 'practice') return ratio > EPSILON ? '基本完成' : '未完成';
  const basic = isBinding ? final.bindingBasicallyCompleteRatio : final.basicallyCompleteRatio;
  return atLeast(ratio, basic) ? '基本完成' : '未完成';
}

/** What a bound rule (以内, 以上, 保持稳定, relations) measured. */
export type ConditionMeasure = {
  /** Every year with data met the condition. */
  readonly allYearsMet: boolean;
  /** The data year met the condition. */
  readonly lastYearMet: boolean;
  /** Clearly better than required (only relations use it): 快于预期. */
  readonly isAhead?: boolean;
};

/**
 * Classifies a condition that must hold each year: mid-term 符合预期 or 滞后 (快于预期 when
 * clearly better); end-of-term 全面完成 when it always held, 基本完成 when it held in the target
 * year but not every year (not for binding indicators), else 未完成.
 */
export function classifyCondition(
  measure: ConditionMeasure,
  frame: EvaluationFrame,
  isBinding: boolean,
): Verdict {
  if (frame.mode === 'midterm') {
    if (!measure.allYearsMet) return '滞后';
    return measure.isAhead ? '快于预期' : '符合预期';
  }
  if (measure.allYearsMet) return '全面完成';
  const basicAllowed = frame.settings.final.reading === 'practice' || !isBinding;
  return measure.lastYearMet && basicAllowed ? '基本完成' : '未完成';
}
