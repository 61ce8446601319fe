/**
 * The contract between evaluateIndicator and the rule of each target kind: what a rule gets and
 * what it returns. evaluateIndicator adds the indicator's identity and the base revision.
 */
import type { Indicator } from '../domain/indicator';
import type { Target } from '../domain/target';
import type { Verdict } from '../domain/verdict';
import type { IndicatorSeries } from './actualIndex';
import type { EvaluationFrame } from './evaluationFrame';
import type { NumberUsed } from './indicatorEvaluation';

/** What a rule gets: the indicator, its target (possibly carried over), the base in use. */
export type KindInput<T extends Target> = {
  readonly indicator: Indicator;
  readonly target: T;
  /** The base in use: the revised base when there is one, else the plan's; null if none. */
  readonly base: number | null;
  /** The base as the plan printed it (used to read the direction of a `[ ]` change). */
  readonly planBase: number | null;
  readonly series: IndicatorSeries;
  readonly frame: EvaluationFrame;
};

/** What a rule returns. */
export type KindOutcome = {
  readonly verdict: Verdict;
  readonly dataYear: number | null;
  readonly timeProgress: number;
  readonly expected: number | null;
  readonly taskProgress: number | null;
  readonly progressRatio: number | null;
  readonly projectedTargetValue: number | null;
  readonly requiredAnnualGrowth: number | null;
  readonly requiredAnnualChange: number | null;
  /** Target level in the target year implied by the rule (for base-revision readings). */
  readonly targetLevel: number | null;
  readonly numbers: readonly NumberUsed[];
  readonly rule: string;
  readonly missing: string | null;
  readonly explanation: string;
};

/** The fields every outcome must set; the rest default to null / empty. */
export type OutcomeCore = Pick<KindOutcome, 'verdict' | 'rule' | 'explanation'> &
  Partial<KindOutcome>;

/** Fills an outcome's optional fields with null, and time progress from the frame. */
export function makeOutcome(core: OutcomeCore, frame: EvaluationFrame): KindOutcome {
  return {
    dataYear: null,
    timeProgress: frame.timeProgress,
    expected: null,
    taskProgress: null,
    progressRatio: null,
    projectedTargetValue: null,
    requiredAnnualGrowth: null,
    requiredAnnualChange: null,
    targetLevel: null,
    numbers: [],
    missing: null,
    ...core,
  };
}

/** Time progress of a data year: (year − base year)/(target year − base year). */
export function timeProgressOf(frame: EvaluationFrame, dataYear: number): number {
  const span = frame.targetYear - frame.baseYear;
  return span > 0 ? (dataYear - frame.baseYear) / span : 0;
}

/** An outcome saying exactly what is missing: 数据不足. */
export function missingOutcome(input: KindInput<Target>, what: string, rule: string): KindOutcome {
  return makeOutcome(
    {
      verdict: '数据不足',
      rule,
      missing: what,
      explanation: `${input.indicator.name}${what}，数据不足，暂无法评价。`,
    },
    input.frame,
  );
}

/** 约束性 indicators are promises and are judged strictly (DOMAIN.md). */
export function isBinding(indicator: Indicator): boolean {
  return indicator.attribute === '约束性';
}
