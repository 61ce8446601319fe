/**
 * What the report says about an overridden verdict: the engine's explanation (numbers and rule)
 * and the evaluator's judgment with its reason (UX.md: never silently replaced).
 */
import type { ReportIndicatorData } from './reportDocument';

/** One indicator's explanation, with the evaluator's judgment when there is one. */
export function sentenceOf(entry: ReportIndicatorData): string {
  const { indicator, evaluation } = entry;
  const override = evaluation.override;
  if (override === null) return evaluation.explanation;
  const reason = override.reason.trim().replace(/[。；;，,\s]+$/, '');
  if (indicator.target.kind === 'judgment') {
    return `${indicator.name}经人工研判，评价为“${evaluation.finalVerdict}”，理由是${reason}。`;
  }
  return `${evaluation.explanation}经人工研判，评价结论调整为“${evaluation.finalVerdict}”，理由是${reason}。`;
}
