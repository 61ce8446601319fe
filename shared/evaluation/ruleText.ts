/**
 * The rule applied, in Chinese, with the thresholds actually in force (evaluationSettings.ts), so
 * the evaluator can check the reading (DOMAIN.md「Mid-term judgments」: the numbers and the rule).
 */
import { formatAsWritten, formatUpTo } from '../lib/formatNumber';
import type { EvaluationFrame } from './evaluationFrame';

const pct = (ratio: number): string => `${formatUpTo(ratio * 100, 1)}%`;

/** Builds a run-wide text once per frame (10,000 indicators share a handful of rule texts). */
export function onceForRun(frame: EvaluationFrame, key: string, build: () => string): string {
  let text = frame.texts.get(key);
  if (text === undefined) {
    text = build();
    frame.texts.set(key, text);
  }
  return text;
}

/** Thresholds on the progress ratio R for the frame's mode and the indicator's attribute. */
export function ratioThresholdsText(frame: EvaluationFrame, isBinding: boolean): string {
  return onceForRun(frame, isBinding ? 'thresholds:binding' : 'thresholds', () =>
    buildThresholdsText(frame, isBinding),
  );
}

function buildThresholdsText(frame: EvaluationFrame, isBinding: boolean): string {
  const { midterm, final } = frame.settings;
  if (frame.mode === 'midterm') {
    const onTrack = isBinding ? midterm.bindingOnTrackRatio : midterm.onTrackRatio;
    const binding = isBinding ? '（约束性指标从严）' : '';
    return `R≥${pct(midterm.aheadRatio)}为快于预期，R≥${pct(onTrack)}为符合预期${binding}，否则为滞后`;
  }
  if (final.reading === 'practice') {
    return `R≥${pct(final.earlyRatio)}为提前完成，达到目标为全面完成，未达到目标但有进展为基本完成，无进展或变化方向与规划相反为未完成`;
  }
  const basic = isBinding ? final.bindingBasicallyCompleteRatio : final.basicallyCompleteRatio;
  return `R≥${pct(final.earlyRatio)}为提前完成，R≥100%为全面完成，R≥${pct(basic)}为基本完成，否则为未完成`;
}

/** The 左右 tolerance in force, in percentage points, for growth rates. */
export function aboutRateText(frame: EvaluationFrame): string {
  return onceForRun(
    frame,
    'about',
    () => `“左右”按±${formatAsWritten(frame.settings.about.ratePoints)}个百分点容差`,
  );
}

/** Rule text for a rule built on R, e.g. 「R=实际年均增速÷规划年均增速；…」. */
export function ratioRuleText(
  definition: string,
  frame: EvaluationFrame,
  isBinding: boolean,
  extra = '',
): string {
  return `${definition}；${ratioThresholdsText(frame, isBinding)}${extra ? `；${extra}` : ''}`;
}

/** Rule text for conditions that must hold every year (以内、以上、保持稳定). */
export function conditionRuleText(condition: string, frame: EvaluationFrame): string {
  return frame.mode === 'midterm'
    ? `${condition}：各年均满足为符合预期，任一年不满足为滞后`
    : frame.settings.final.reading === 'practice'
      ? `${condition}：各年均满足为全面完成，仅目标年满足为基本完成，否则为未完成`
      : `${condition}：各年均满足为全面完成，仅目标年满足为基本完成（约束性指标不适用），否则为未完成`;
}
