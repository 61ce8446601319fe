/**
 * 总结评估 asked for a year before the target year (issue 12, item 15): the period is not over,
 * so no end-of-term verdict is given unless the target is already reached (提前完成 then means
 * what the completion tables mean: reached before the final year). Otherwise the verdict is
 * 数据不足 and the sentence gives the mid-term reading and the outlook, labelled 预计.
 */
import type { Indicator } from '../domain/indicator';
import { formatYear } from '../lib/formatNumber';
import type { ReviewedEvaluation } from './applyOverride';
import type { EvaluationFrame } from './evaluationFrame';

const MIDTERM_FRAMES = new WeakMap<EvaluationFrame, EvaluationFrame>();

/** The same run judged mid-term (one frame per run, so run-wide texts are shared). */
function midtermFrameOf(frame: EvaluationFrame): EvaluationFrame {
  let midterm = MIDTERM_FRAMES.get(frame);
  if (!midterm) {
    midterm = { ...frame, mode: 'midterm', texts: new Map() };
    MIDTERM_FRAMES.set(frame, midterm);
  }
  return midterm;
}

/** Whether the frame asks for an end-of-term verdict before the target year. */
export function isFinalBeforeTarget(frame: EvaluationFrame): boolean {
  return frame.mode === 'final' && frame.requestedYear < frame.targetYear;
}

/** The end-of-term evaluation before the target year, from the mid-term one. */
export function evaluateFinalBeforeTarget(
  indicator: Indicator,
  frame: EvaluationFrame,
  evaluate: (indicator: Indicator, frame: EvaluationFrame) => ReviewedEvaluation,
): ReviewedEvaluation {
  const midterm = evaluate(indicator, midtermFrameOf(frame));
  const target = formatYear(frame.targetYear);
  if (midterm.verdict === '提前实现') {
    const explanation = midterm.explanation.replace(/提前实现。$/, `提前完成（早于${target}）。`);
    return withVerdict(midterm, '提前完成', explanation, midterm.missing);
  }
  if (midterm.verdict === '需人工研判' || midterm.verdict === '数据不足') {
    return { ...midterm, mode: 'final' };
  }
  const outlook = midterm.outlook ? `，按当前进度${midterm.outlook}` : '';
  const explanation = `${midterm.explanation.replace(/。$/, '')}；尚未到规划目标年${target}，总结评估暂不作结论（按中期评估为${midterm.verdict}${outlook}）。`;
  const missing = `缺少${target}（规划目标年）数据，总结评估暂不作结论`;
  return withVerdict(
    midterm,
    '数据不足',
    explanation,
    midterm.missing ? `${missing}；${midterm.missing}` : missing,
  );
}

function withVerdict(
  evaluation: ReviewedEvaluation,
  verdict: '提前完成' | '数据不足',
  explanation: string,
  missing: string | null,
): ReviewedEvaluation {
  return {
    ...evaluation,
    mode: 'final',
    verdict,
    automaticVerdict: verdict,
    finalVerdict: verdict,
    explanation,
    missing,
  };
}
