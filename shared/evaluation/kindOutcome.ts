/**
 * The contract between evaluateIndicator and the rule of each target kind: what a rule gets and
 * what it returns. evaluateIndicator adds the indicator's identity and the base revision.
 */
import type { Indicator } from '../domain/indicator';
import type { Target } from '../domain/target';
import type { Verdict } from '../domain/verdict';
import type { IndicatorSeries } from './actualIndex';
import type { EvaluationFrame } from './evaluationFrame';
import type { Pace } from './forecastPace';
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

/**
 * The numbers of an outcome in a run that does not explain: a record reads its numbers, like its
 * sentence, from its rule run again in the explaining frame (decision 0049), so none are built.
 */
export const NO_NUMBERS: readonly NumberUsed[] = Object.freeze([]);

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
  /** Pace so far and still needed, for the outlook (forecastPace.ts); null when not measured. */
  readonly pace: Pace | null;
  readonly numbers: readonly NumberUsed[];
  readonly rule: string;
  readonly missing: string | null;
  /** The sentence; '' when the frame does not ask for sentences (`explains`, decision 0046). */
  readonly explanation: string;
};

/** The fields every outcome must set; the rest default to null / empty. */
export type OutcomeCore = Pick<KindOutcome, 'verdict' | 'rule' | 'explanation'> &
  Partial<KindOutcome>;

/** Fills an outcome's optional fields with null, and time progress from the frame. */
export function makeOutcome(core: OutcomeCore, frame: EvaluationFrame): KindOutcome {
  // Field by field rather than a spread over defaults: this runs for every indicator. A field
  // given as undefined stays undefined, as the spread left it.
  return {
    dataYear: 'dataYear' in core ? (core.dataYear as number | null) : null,
    timeProgress: 'timeProgress' in core ? (core.timeProgress as number) : frame.timeProgress,
    expected: 'expected' in core ? (core.expected as number | null) : null,
    taskProgress: 'taskProgress' in core ? (core.taskProgress as number | null) : null,
    progressRatio: 'progressRatio' in core ? (core.progressRatio as number | null) : null,
    projectedTargetValue:
      'projectedTargetValue' in core ? (core.projectedTargetValue as number | null) : null,
    requiredAnnualGrowth:
      'requiredAnnualGrowth' in core ? (core.requiredAnnualGrowth as number | null) : null,
    requiredAnnualChange:
      'requiredAnnualChange' in core ? (core.requiredAnnualChange as number | null) : null,
    targetLevel: 'targetLevel' in core ? (core.targetLevel as number | null) : null,
    pace: 'pace' in core ? (core.pace as Pace | null) : null,
    numbers: 'numbers' in core ? (core.numbers as readonly NumberUsed[]) : numbersNone(frame),
    missing: 'missing' in core ? (core.missing as string | null) : null,
    verdict: core.verdict,
    rule: core.rule,
    explanation: core.explanation,
  };
}

/** No numbers: a fresh list when the frame explains (readers get their own), else NO_NUMBERS. */
function numbersNone(frame: EvaluationFrame): readonly NumberUsed[] {
  return frame.explains ? [] : NO_NUMBERS;
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
      explanation: input.frame.explains
        ? `${input.indicator.name}${what}，数据不足，暂无法评价。`
        : '',
    },
    input.frame,
  );
}

/** 约束性 indicators are promises and are judged strictly (DOMAIN.md). */
export function isBinding(indicator: Indicator): boolean {
  return indicator.attribute === '约束性';
}
