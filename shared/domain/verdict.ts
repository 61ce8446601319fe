import type { Attribute } from './indicator';

/**
 * Verdict vocabularies. DOMAIN.md「Mid-term judgments」; colours per UX.md「One vocabulary」.
 */

/** Mid-term (中期评估) verdicts. */
export type MidtermVerdict =
  '提前实现' | '快于预期' | '符合预期' | '滞后' | '需人工研判' | '数据不足';

/** End-of-term (总结评估) verdicts, in the vocabulary of the 13th-plan completion tables. */
export type FinalVerdict =
  '提前完成' | '全面完成' | '基本完成' | '未完成' | '需人工研判' | '数据不足';

/** Either vocabulary. */
export type Verdict = MidtermVerdict | FinalVerdict;

/** Evaluation mode. */
export type EvaluationMode = 'midterm' | 'final';

/** Mid-term verdicts in report order. */
export const MIDTERM_VERDICTS: readonly MidtermVerdict[] = [
  '提前实现',
  '快于预期',
  '符合预期',
  '滞后',
  '需人工研判',
  '数据不足',
];

/** End-of-term verdicts in report order. */
export const FINAL_VERDICTS: readonly FinalVerdict[] = [
  '提前完成',
  '全面完成',
  '基本完成',
  '未完成',
  '需人工研判',
  '数据不足',
];

/** Semantic tone of a verdict: one colour per tone everywhere (UX.md). */
export type VerdictTone = 'reached' | 'ahead' | 'onTrack' | 'behind' | 'judgment' | 'missing';

/** Maps each verdict to its tone. */
export const VERDICT_TONE: Readonly<Record<Verdict, VerdictTone>> = {
  提前实现: 'reached',
  提前完成: 'reached',
  快于预期: 'ahead',
  全面完成: 'ahead',
  符合预期: 'onTrack',
  基本完成: 'onTrack',
  滞后: 'behind',
  未完成: 'behind',
  需人工研判: 'judgment',
  数据不足: 'missing',
};

/** Colours per tone (UX.md suggested palette); `behindBinding` is red for 约束性 indicators. */
export const VERDICT_COLORS = {
  reached: '#1b7a3e',
  ahead: '#52a447',
  onTrack: '#2f6fd0',
  behind: '#e8871e',
  behindBinding: '#cf2e2e',
  judgment: '#7b4fc9',
  missing: '#8c8c8c',
} as const;

/** An evaluator's override of an automatic verdict; the reason is mandatory. */
export type VerdictOverride = {
  readonly verdict: Verdict;
  readonly reason: string;
  /** ISO time of the decision. */
  readonly decidedAt: string;
  readonly decidedBy: string;
};

/**
 * The colour a verdict is shown in, everywhere (table, charts, exports; UX.md「One vocabulary, one
 * colour per verdict」): a lagging binding (约束性) indicator is red rather than orange.
 */
export function verdictColor(verdict: Verdict, attribute: Attribute | null): string {
  const tone = VERDICT_TONE[verdict];
  return tone === 'behind' && attribute === '约束性'
    ? VERDICT_COLORS.behindBinding
    : VERDICT_COLORS[tone];
}
