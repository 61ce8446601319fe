/**
 * The sentences the report says about each indicator: the engine's explanation (numbers and rule),
 * the evaluator's judgment where it overrides the verdict (UX.md: never silently replaced), and one
 * sentence for all indicators whose targets await a judgment for the same reason, instead of the
 * same note repeated for each.
 */
import type { JudgmentTarget } from '../domain/target';
import type { ReportIndicatorData } from './reportDocument';

/** The sentences for `entries`, in their order; grouped judgments stand where their first one is. */
export function indicatorSentences(entries: readonly ReportIndicatorData[]): string[] {
  const pending = new Map<JudgmentTarget['reason'], ReportIndicatorData[]>();
  const slots: (string | JudgmentTarget['reason'])[] = [];
  for (const entry of entries) {
    const { indicator, evaluation } = entry;
    const isPendingJudgment =
      indicator.target.kind === 'judgment' &&
      evaluation.override === null &&
      evaluation.finalVerdict === '需人工研判';
    if (indicator.target.kind === 'judgment' && isPendingJudgment) {
      const reason = indicator.target.reason;
      if (!pending.has(reason)) {
        pending.set(reason, []);
        slots.push(reason);
      }
      pending.get(reason)?.push(entry);
      continue;
    }
    slots.push(sentenceOf(entry));
  }
  return slots.map((slot) =>
    isReason(slot) ? pendingSentence(slot, pending.get(slot) ?? []) : slot,
  );
}

function isReason(slot: string): slot is JudgmentTarget['reason'] {
  return slot === 'qualitative' || slot === 'provinceSet' || slot === 'notSpecified';
}

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

function pendingSentence(
  reason: JudgmentTarget['reason'],
  entries: readonly ReportIndicatorData[],
): string {
  const names = entries.map((entry) => entry.indicator.name).join('、');
  switch (reason) {
    case 'provinceSet':
      return `${names}的具体目标按上级下达任务执行，需结合下达任务人工研判。`;
    case 'notSpecified':
      return `${names}规划未给出量化目标，需人工研判。`;
    case 'qualitative':
      return `${entries.map(qualitativeClause).join('；')}，需人工研判。`;
  }
}

function qualitativeClause(entry: ReportIndicatorData): string {
  // Plans are printed with full-width punctuation; imports may carry half-width commas.
  const text =
    entry.indicator.target.kind === 'judgment'
      ? entry.indicator.target.text.replace(/,/g, '，').replace(/;/g, '；')
      : '';
  return text === ''
    ? `${entry.indicator.name}的规划目标为定性表述`
    : `${entry.indicator.name}的规划目标为“${text}”`;
}
