/**
 * The evaluation of one indicator as the engine returns it: verdict, progress and outlook set at
 * once; the explanation and the numbers used built on first read (decisions 0046, 0049). Both are
 * own, enumerable properties (getters shared by every record, so V8 keeps one shape for all), so a
 * spread, JSON.stringify, structuredClone or IndexedDB copy carries them like any other field. A
 * record made in a run that does not explain (evaluatePlan's) gets them by running its rule again
 * in the explaining frame, so a run holds no sentence and no list of numbers nobody reads.
 */
import type { IndicatorId } from '../domain/ids';
import type { Attribute, Indicator } from '../domain/indicator';
import type { Period } from '../domain/measurePeriod';
import type { TargetKind } from '../domain/target';
import type { EvaluationMode, Verdict, VerdictOverride } from '../domain/verdict';
import type { ReviewedEvaluation } from './applyOverride';
import type { EvaluationFrame } from './evaluationFrame';
import { flatText } from './explainText';
import { outlookOf } from './forecastPace';
import type { BaseRevision, IndicatorEvaluation, NumberUsed, Outlook } from './indicatorEvaluation';
import type { KindOutcome } from './kindOutcome';

// One descriptor per field for every record: a getter per record would put each in dictionary mode.
const EXPLANATION: PropertyDescriptor = {
  get(this: EvaluationRecord): string {
    return this.explain();
  },
  enumerable: true,
  configurable: true,
};

const NUMBERS: PropertyDescriptor = {
  get(this: EvaluationRecord): readonly NumberUsed[] {
    return this.numbersUsed();
  },
  enumerable: true,
  configurable: true,
};

/** What a record builds when read: the sentence, and the numbers it quotes. */
export type Explained = Pick<IndicatorEvaluation, 'explanation' | 'numbers'>;

/** What the record adds to the outcome, and how it gets its sentence. */
export type RecordParts = {
  readonly missing: string | null;
  readonly baseRevision: BaseRevision | null;
  /** Set only for part-year data (cutOff.ts); a full year leaves the field absent, as always. */
  readonly dataPeriod: Exclude<Period, 'year'> | null;
  /** The sentence, when the frame explains; else null, and `explainAgain` builds it when read. */
  readonly sentence: string | null;
  /** The rule run again in the explaining frame: its sentence and numbers (decision 0046). */
  readonly explainAgain: (indicator: Indicator, frame: EvaluationFrame) => Explained;
};

/**
 * A ReviewedEvaluation with no override, its sentence and numbers built when `explanation` or
 * `numbers` is read.
 */
export class EvaluationRecord implements ReviewedEvaluation {
  readonly indicatorId: IndicatorId;
  readonly name: string;
  readonly category: string;
  readonly unit: string;
  readonly attribute: Attribute | null;
  readonly kind: TargetKind;
  readonly mode: EvaluationMode;
  readonly year: number;
  readonly dataYear: number | null;
  readonly verdict: Verdict;
  readonly automaticVerdict: Verdict;
  readonly finalVerdict: Verdict;
  readonly override: VerdictOverride | null;
  readonly timeProgress: number;
  readonly expected: number | null;
  readonly taskProgress: number | null;
  readonly progressRatio: number | null;
  readonly projectedTargetValue: number | null;
  readonly requiredAnnualGrowth: number | null;
  readonly requiredAnnualChange: number | null;
  readonly outlook: Outlook | null;
  // Set in the constructor from here on, in this order, so keys keep the order they always had
  // (class fields are defined before the constructor runs; `numbers` is a getter, see NUMBERS).
  declare readonly numbers: readonly NumberUsed[];
  declare readonly rule: string;
  declare readonly missing: string | null;
  declare readonly baseRevision: BaseRevision | null;
  declare readonly explanation: string;
  declare readonly dataPeriod?: Exclude<Period, 'year'>;
  #sentence: string | null;
  #numbers: readonly NumberUsed[] | null;
  readonly #indicator: Indicator;
  readonly #frame: EvaluationFrame;
  readonly #explainAgain: RecordParts['explainAgain'];

  constructor(
    indicator: Indicator,
    frame: EvaluationFrame,
    outcome: KindOutcome,
    parts: RecordParts,
  ) {
    this.indicatorId = indicator.id;
    this.name = indicator.name;
    this.category = indicator.category;
    this.unit = indicator.unit;
    this.attribute = indicator.attribute;
    this.kind = indicator.target.kind;
    this.mode = frame.mode;
    this.year = frame.requestedYear;
    this.dataYear = outcome.dataYear;
    this.verdict = outcome.verdict;
    this.automaticVerdict = outcome.verdict;
    this.finalVerdict = outcome.verdict;
    this.override = null;
    this.timeProgress = outcome.timeProgress;
    this.expected = outcome.expected;
    this.taskProgress = outcome.taskProgress;
    this.progressRatio = outcome.progressRatio;
    this.projectedTargetValue = outcome.projectedTargetValue;
    this.requiredAnnualGrowth = outcome.requiredAnnualGrowth;
    this.requiredAnnualChange = outcome.requiredAnnualChange;
    const isBinding = indicator.attribute === '约束性';
    this.outlook = outlookOf(outcome.pace, frame, outcome.dataYear, isBinding);
    Object.defineProperty(this, 'numbers', NUMBERS);
    this.rule = outcome.rule;
    this.missing = parts.missing;
    this.baseRevision = parts.baseRevision;
    this.#sentence = parts.sentence;
    this.#numbers = parts.sentence === null ? null : outcome.numbers;
    this.#indicator = indicator;
    this.#frame = frame;
    this.#explainAgain = parts.explainAgain;
    Object.defineProperty(this, 'explanation', EXPLANATION);
    if (parts.dataPeriod !== null) this.dataPeriod = parts.dataPeriod;
  }

  /** The explanation, built on the first call (with the numbers) and kept. */
  explain(): string {
    if (this.#sentence === null) this.#runAgain();
    return this.#sentence as string;
  }

  /** The numbers used, built on the first call (with the explanation) and kept. */
  numbersUsed(): readonly NumberUsed[] {
    if (this.#numbers === null) this.#runAgain();
    return this.#numbers as readonly NumberUsed[];
  }

  /** Both at once: one run of the rule in the explaining frame gives the sentence and numbers. */
  #runAgain(): void {
    const again = this.#explainAgain(this.#indicator, this.#frame);
    this.#sentence = flatText(again.explanation);
    this.#numbers = again.numbers;
  }
}
