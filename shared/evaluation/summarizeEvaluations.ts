/**
 * Counts of verdicts overall, by category and by attribute, and the sentence a report opens with:
 * 「28项主要指标中，3项提前实现，10项快于预期，……」. Overrides count as the verdict in force.
 */
import type { Attribute, Indicator } from '../domain/indicator';
import type { EvaluationMode, Verdict } from '../domain/verdict';
import { FINAL_VERDICTS, MIDTERM_VERDICTS } from '../domain/verdict';
import type { ReviewedEvaluation } from './applyOverride';
import type { IndicatorEvaluation } from './indicatorEvaluation';

/** How many indicators got one verdict. */
export type VerdictCount = { readonly verdict: Verdict; readonly count: number };

/** Counts of one group (all, a category, an attribute), in report order, zeros included. */
export type VerdictTally = { readonly total: number; readonly counts: readonly VerdictCount[] };

/** The summary of a plan's evaluation. */
export type EvaluationSummary = {
  readonly mode: EvaluationMode;
  readonly overall: VerdictTally;
  readonly byCategory: readonly ({ readonly category: string } & VerdictTally)[];
  readonly byAttribute: readonly ({ readonly attribute: Attribute } & VerdictTally)[];
  /** One Chinese sentence for the report. */
  readonly sentence: string;
};

const verdictInForce = (evaluation: IndicatorEvaluation | ReviewedEvaluation): Verdict =>
  'finalVerdict' in evaluation ? evaluation.finalVerdict : evaluation.verdict;

function tally(
  evaluations: readonly (IndicatorEvaluation | ReviewedEvaluation)[],
  order: readonly Verdict[],
): VerdictTally {
  const counts = new Map<Verdict, number>(order.map((verdict) => [verdict, 0]));
  for (const evaluation of evaluations) {
    const verdict = verdictInForce(evaluation);
    counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
  }
  return {
    total: evaluations.length,
    counts: [...counts].map(([verdict, count]) => ({ verdict, count })),
  };
}

function groupBy<K>(
  evaluations: readonly IndicatorEvaluation[],
  key: (e: IndicatorEvaluation) => K,
  order: readonly K[],
): [K, IndicatorEvaluation[]][] {
  const groups = new Map<K, IndicatorEvaluation[]>(order.map((k) => [k, []]));
  for (const evaluation of evaluations) {
    const k = key(evaluation);
    const group = groups.get(k) ?? [];
    group.push(evaluation);
    groups.set(k, group);
  }
  return [...groups].filter(([, group]) => group.length > 0);
}

function countsText(counts: readonly VerdictCount[]): string {
  return counts
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.count}项${entry.verdict}`)
    .join('，');
}

/** Builds the sentence: totals first, then binding indicators when there are any. */
function sentenceOf(
  overall: VerdictTally,
  binding: VerdictTally | undefined,
  mode: EvaluationMode,
): string {
  if (overall.total === 0) return '暂无可评价的主要指标。';
  const scope = mode === 'midterm' ? '主要指标中' : '主要指标中，截至规划期末';
  const bindingText =
    binding && binding.total > 0
      ? `；其中约束性指标${binding.total}项，${countsText(binding.counts)}`
      : '';
  return `${overall.total}项${scope}，${countsText(overall.counts)}${bindingText}。`;
}

/**
 * Summarises evaluations. `indicators` gives the order of categories (as in the plan's table);
 * categories not among them follow in order of appearance.
 */
export function summarizeEvaluations(
  evaluations: readonly (IndicatorEvaluation | ReviewedEvaluation)[],
  indicators: readonly Indicator[],
): EvaluationSummary {
  const mode: EvaluationMode = evaluations[0]?.mode ?? 'midterm';
  const order = mode === 'midterm' ? MIDTERM_VERDICTS : FINAL_VERDICTS;
  const categories = [...new Set(indicators.map((indicator) => indicator.category))];
  const attributes: Attribute[] = ['预期性', '约束性'];
  const overall = tally(evaluations, order);
  const byCategory = groupBy(evaluations, (e) => e.category, categories).map(
    ([category, group]) => ({ category, ...tally(group, order) }),
  );
  const byAttribute = groupBy(evaluations, (e) => e.attribute, attributes).map(
    ([attribute, group]) => ({ attribute, ...tally(group, order) }),
  );
  const binding = byAttribute.find((entry) => entry.attribute === '约束性');
  return { mode, overall, byCategory, byAttribute, sentence: sentenceOf(overall, binding, mode) };
}
