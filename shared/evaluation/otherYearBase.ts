/**
 * A base value of another year (`68.05*`, 带*的为2019年数据): issue 12, item 5. Until the evaluator
 * enters a revised base for the plan's base year, the indicator is judged from the base's own
 * year: increments count 较2019年 and time progress runs over 2019—2025 (2 of 6 years in 2021),
 * and the sentence says so.
 */
import type { Indicator } from '../domain/indicator';
import type { EvaluationFrame } from './evaluationFrame';
import type { KindOutcome } from './kindOutcome';

/** The frame shifted to the base's own year, or null when the base is of the plan's base year. */
export function otherYearFrame(
  indicator: Indicator,
  frame: EvaluationFrame,
): EvaluationFrame | null {
  const { base } = indicator;
  if (base.value === null || base.isPeriodAverage || base.year >= frame.baseYear) return null;
  const span = frame.targetYear - base.year;
  return {
    ...frame,
    baseYear: base.year,
    timeProgress: span > 0 ? Math.max(0, (frame.year - base.year) / span) : 0,
  };
}

/** Adds 「（基期值为2019年数据，增量和时间进度自2019年起算）」 to a judged sentence. */
export function withOtherYearNote(outcome: KindOutcome, shifted: EvaluationFrame): KindOutcome {
  if (outcome.dataYear === null) return outcome;
  const year = shifted.baseYear;
  const note = `（基期值为${year}年数据，增量和时间进度自${year}年起算）`;
  const sentence = outcome.explanation.replace(/。$/, '');
  return { ...outcome, explanation: `${sentence}${note}。` };
}
