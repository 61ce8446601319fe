/**
 * Counts of verdicts overall, by category and by attribute, and the sentence a report opens with:
 * 「28项主要指标中，3项提前实现，10项快于预期，……」. Overrides count as the verdict in force.
 */
import type { Attribute, Indicator } from '../domain/indicator';
import type { Period } from '../domain/measurePeriod';
import { PERIOD_LABELS, PERIODS } from '../domain/measurePeriod';
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
  /**
   * The data cut-off when part-year figures were used: 「数据截至2023年上半年」, or with later data
   * for some indicators 「数据截至2023年（部分指标为上半年数据）」; null otherwise.
   */
  readonly cutOff: string | null;
  /** One Chinese sentence for the report (opening with the cut-off when there is one). */
  readonly sentence: string;
};

const verdictInForce = (evaluation: IndicatorEvaluation | ReviewedEvaluation): Verdict =>
  'finalVerdict' in evaluation ? evaluation.finalVerdict : evaluation.verdict;

/**
 * Counts of one group being built: one slot per verdict of the mode's vocabulary, and verdicts
 * outside it (should any come) after them in order of appearance.
 */
type Counter = { total: number; readonly counts: number[]; extra: Map<Verdict, number> | null };

const newCounter = (size: number): Counter => ({
  total: 0,
  counts: new Array<number>(size).fill(0),
  extra: null,
});

/** Counts a verdict, whose slot in the vocabulary is `slot` (undefined when outside it). */
function count(counter: Counter, verdict: Verdict, slot: number | undefined): void {
  counter.total += 1;
  if (slot !== undefined) {
    counter.counts[slot] = (counter.counts[slot] ?? 0) + 1;
    return;
  }
  counter.extra ??= new Map();
  counter.extra.set(verdict, (counter.extra.get(verdict) ?? 0) + 1);
}

function tallyOf(counter: Counter, order: readonly Verdict[]): VerdictTally {
  const counts: VerdictCount[] = order.map((verdict, slot) => ({
    verdict,
    count: counter.counts[slot] ?? 0,
  }));
  for (const [verdict, n] of counter.extra ?? []) counts.push({ verdict, count: n });
  return { total: counter.total, counts };
}

/** Counters by key: the keys of `order` first, others in order of appearance. */
class Groups<K> {
  readonly keys: K[] = [];
  readonly counters: Counter[] = [];
  private readonly slotOf = new Map<K, number>();

  // The last key asked for and its counter: rows of one category come together in a plan.
  private lastKey: K | undefined;
  private lastCounter: Counter | undefined;

  constructor(
    order: readonly K[],
    private readonly size: number,
  ) {
    for (let at = 0; at < order.length; at += 1) this.counterOf(order[at] as K);
  }

  counterOf(key: K): Counter {
    if (this.lastCounter !== undefined && key === this.lastKey) return this.lastCounter;
    const counter = this.findOrAdd(key);
    this.lastKey = key;
    this.lastCounter = counter;
    return counter;
  }

  private findOrAdd(key: K): Counter {
    const slot = this.slotOf.get(key);
    if (slot !== undefined) return this.counters[slot] as Counter;
    const counter = newCounter(this.size);
    this.slotOf.set(key, this.keys.length);
    this.keys.push(key);
    this.counters.push(counter);
    return counter;
  }
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
  const counts: Counts = {
    slots: new Map<Verdict, number>(order.map((verdict, slot) => [verdict, slot])),
    overall: newCounter(order.length),
    categories: categoriesInOrder(indicators, order.length),
    attributes: new Groups<Attribute>(ATTRIBUTES, order.length),
  };
  countAll(evaluations, counts);
  const { overall, categories, attributes } = counts;
  const overallTally = tallyOf(overall, order);
  const byCategory = tallies(categories, order).map(([category, tally]) => ({
    category,
    ...tally,
  }));
  const byAttribute = tallies(attributes, order).map(([attribute, tally]) => ({
    attribute,
    ...tally,
  }));
  const binding = byAttribute.find((entry) => entry.attribute === '约束性');
  const cutOff = cutOffText(evaluations);
  const sentence = sentenceOf(overallTally, binding, mode);
  return {
    mode,
    overall: overallTally,
    byCategory,
    byAttribute,
    cutOff,
    sentence: cutOff === null ? sentence : `${cutOff}，${sentence}`,
  };
}

const ATTRIBUTES: readonly Attribute[] = ['预期性', '约束性'];

/** The counters of a run: overall, by category and by attribute. */
type Counts = {
  readonly slots: ReadonlyMap<Verdict, number>;
  readonly overall: Counter;
  readonly categories: Groups<string>;
  readonly attributes: Groups<Attribute>;
};

/** Category groups in the order of the plan's table. */
function categoriesInOrder(indicators: readonly Indicator[], size: number): Groups<string> {
  const categories = new Groups<string>([], size);
  for (let at = 0; at < indicators.length; at += 1) {
    categories.counterOf((indicators[at] as Indicator).category);
  }
  return categories;
}

/**
 * One pass over 10,000 evaluations: every group is counted as the evaluations go by. The loops of
 * this file are each alone in a function: V8 compiles a long loop while it runs, and code after
 * the loop that had never run then sent the compiled loop back to the interpreter on every run
 * (a summary is made once per run, so that code never warms up; 1—5 ms a run).
 */
function countAll(evaluations: readonly IndicatorEvaluation[], counts: Counts): void {
  const { slots, overall, categories, attributes } = counts;
  for (let at = 0; at < evaluations.length; at += 1) {
    const evaluation = evaluations[at] as IndicatorEvaluation | ReviewedEvaluation;
    const verdict = verdictInForce(evaluation);
    const slot = slots.get(verdict);
    count(overall, verdict, slot);
    count(categories.counterOf(evaluation.category), verdict, slot);
    // An attribute not filled yet (decision 0044) counts as neither 约束性 nor 预期性.
    if (evaluation.attribute !== null) {
      count(attributes.counterOf(evaluation.attribute), verdict, slot);
    }
  }
}

/** The cut-off when the latest data year's figures are for part of the year (cutOff.ts). */
function cutOffText(evaluations: readonly IndicatorEvaluation[]): string | null {
  const latest = latestDataYear(evaluations);
  if (latest === null) return null;
  const periods = periodsOf(evaluations, latest);
  if (!periods.has('firstHalf') && !periods.has('firstThreeQuarters')) return null;
  // The latest period heads the cut-off; the others are named as exceptions.
  const ordered = [...PERIODS].reverse().filter((period) => periods.has(period));
  const [head, ...others] = ordered;
  const headText = head === 'year' || head === undefined ? '' : PERIOD_LABELS[head];
  const rest = others.map((period) => PERIOD_LABELS[period]).join('、');
  return `数据截至${latest}年${headText}${rest ? `（部分指标为${rest}数据）` : ''}`;
}

/** The latest data year of any evaluation, or null. */
function latestDataYear(evaluations: readonly IndicatorEvaluation[]): number | null {
  let latest: number | null = null;
  for (let at = 0; at < evaluations.length; at += 1) {
    const year = (evaluations[at] as IndicatorEvaluation).dataYear;
    if (year !== null && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/** The periods the data of `year` are for. */
function periodsOf(evaluations: readonly IndicatorEvaluation[], year: number): Set<Period> {
  const periods = new Set<Period>();
  for (let at = 0; at < evaluations.length; at += 1) {
    const evaluation = evaluations[at] as IndicatorEvaluation;
    if (evaluation.dataYear === year) periods.add(evaluation.dataPeriod ?? 'year');
  }
  return periods;
}

/** The tallies of the groups that counted anything, in the groups' order. */
function tallies<K>(groups: Groups<K>, order: readonly Verdict[]): [K, VerdictTally][] {
  const result: [K, VerdictTally][] = [];
  groups.counters.forEach((counter, slot) => {
    if (counter.total > 0) result.push([groups.keys[slot] as K, tallyOf(counter, order)]);
  });
  return result;
}
