/**
 * An evaluator's override of an automatic verdict. DOMAIN.md「Mid-term judgments」: the evaluator
 * can override with a reason; UX.md: never silently replaced, the automatic verdict stays visible.
 */
import type { Verdict, VerdictOverride } from '../domain/verdict';
import { FINAL_VERDICTS, MIDTERM_VERDICTS } from '../domain/verdict';
import type { Result } from '../lib/result';
import { fail, ok } from '../lib/result';
import type { IndicatorEvaluation } from './indicatorEvaluation';

/** An evaluation with its automatic verdict, the verdict in force and the override, if any. */
export type ReviewedEvaluation = IndicatorEvaluation & {
  /** What the engine decided. */
  readonly automaticVerdict: Verdict;
  /** The verdict in force: the override's when there is one, else the automatic one. */
  readonly finalVerdict: Verdict;
  readonly override: VerdictOverride | null;
};

/**
 * Applies an override (or none). Fails, in Chinese, when the reason is empty or the verdict is
 * not of the evaluation's vocabulary (中期 vs 总结评估).
 */
export function applyOverride(
  evaluation: IndicatorEvaluation,
  override?: VerdictOverride | null,
): Result<ReviewedEvaluation> {
  const automaticVerdict = evaluation.verdict;
  if (!override)
    return ok({ ...evaluation, automaticVerdict, finalVerdict: automaticVerdict, override: null });
  if (override.reason.trim() === '') {
    return fail(`「${evaluation.name}」的人工研判结论缺少理由，请填写调整理由。`, {
      column: '理由',
      cellText: override.reason,
    });
  }
  const allowed: readonly Verdict[] =
    evaluation.mode === 'midterm' ? MIDTERM_VERDICTS : FINAL_VERDICTS;
  if (!allowed.includes(override.verdict)) {
    const kind = evaluation.mode === 'midterm' ? '中期评估' : '总结评估';
    return fail(
      `「${evaluation.name}」的人工研判结论「${override.verdict}」不属于${kind}用语，可选：${allowed.join('、')}。`,
      {
        column: '结论',
        cellText: override.verdict,
      },
    );
  }
  return ok({ ...evaluation, automaticVerdict, finalVerdict: override.verdict, override });
}
