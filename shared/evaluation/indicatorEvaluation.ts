/**
 * What the engine returns for one indicator, and what it needs to know to produce it.
 * DOMAIN.md「Mid-term judgments」: an evaluator must see why (numbers and rule), what is missing
 * and what is still needed.
 */
import type { IndicatorId } from '../domain/ids';
import type { Period } from '../domain/measurePeriod';
import type { Attribute, Indicator } from '../domain/indicator';
import type { Plan } from '../domain/plan';
import type { TargetKind } from '../domain/target';
import type { EvaluationMode, Verdict } from '../domain/verdict';
import type { ActualIndex } from './actualIndex';
import type { EvaluationSettings } from './evaluationSettings';
import type { TextActual } from './textActuals';

/**
 * Actual components of a structure indicator (三产比例 6.8:42.0:51.2) for one year. ActualValue
 * holds a single number, so structures travel beside it (a candidate for shared/domain).
 */
export type ComponentActual = {
  readonly indicatorId: IndicatorId;
  readonly year: number;
  readonly components: readonly number[];
};

/** Inputs shared by every indicator of one evaluation run. */
export type EvaluationContext = {
  readonly plan: Pick<Plan, 'baseYear' | 'targetYear' | 'tableKind'>;
  /** Evaluation year y (the latest year whose data count). */
  readonly year: number;
  readonly mode: EvaluationMode;
  readonly settings: EvaluationSettings;
  /** Other indicators of the plan, for relational targets (高于GDP增长). */
  readonly indicators?: readonly Indicator[];
  /** Structure actuals, if any. */
  readonly componentActuals?: readonly ComponentActual[];
  /** A prebuilt index of the actuals; evaluatePlan builds it once for all indicators. */
  readonly index?: ActualIndex;
  /** Actuals written as text, by indicator id (textActuals.ts). */
  readonly textActuals?: ReadonlyMap<string, TextActual>;
};

/** One number the verdict was computed from, labelled in Chinese. */
export type NumberUsed = {
  readonly label: string;
  readonly value: number;
  readonly year?: number;
};

/** How a planned target is carried over to a revised base (DOMAIN.md「Revisions and base breaks」). */
export type CarryOver = 'keepIncrement' | 'keepGrowthRate';

/** The other reading of a revised base, shown when it leads to a different verdict. */
export type AlternativeReading = {
  readonly carryOver: CarryOver;
  readonly adjustedTarget: number | null;
  readonly verdict: Verdict;
  readonly progressRatio: number | null;
};

/** A base value replaced by an actual value for the base year, and how the target was carried. */
export type BaseRevision = {
  readonly planBase: number | null;
  readonly revisedBase: number;
  readonly carryOver: CarryOver;
  /** Target level after carrying it over to the revised base (null when the kind has none). */
  readonly adjustedTarget: number | null;
  /** Present when the other carry-over reading gives another verdict. */
  readonly alternative: AlternativeReading | null;
};

/**
 * The outlook for the target year from the pace so far and the pace still needed (issue 12,
 * item 13; docs/evaluation-method.md「五、目标年展望」).
 */
export type Outlook = '预计可超额完成' | '预计可如期完成' | '完成难度较大';

/** Outlooks in report order. */
export const OUTLOOKS: readonly Outlook[] = ['预计可超额完成', '预计可如期完成', '完成难度较大'];

/** The evaluation of one indicator in one year. */
export type IndicatorEvaluation = {
  readonly indicatorId: IndicatorId;
  readonly name: string;
  readonly category: string;
  readonly unit: string;
  /** null when the plan has not set it (decision 0044): counted as neither 约束性 nor 预期性. */
  readonly attribute: Attribute | null;
  readonly kind: TargetKind;
  readonly mode: EvaluationMode;
  /** The year asked for. */
  readonly year: number;
  /** The year whose data were used (earlier when later data are missing), or null. */
  readonly dataYear: number | null;
  /**
   * Set when the data year's figures are for part of it (上半年, 前三季度) standing for the year
   * (cutOff.ts); absent for full-year data.
   */
  readonly dataPeriod?: Exclude<Period, 'year'>;
  readonly verdict: Verdict;
  /** (y − base year)/(target year − base year), capped at 1. */
  readonly timeProgress: number;
  /** Expected value (or rate) for the data year on the planned path. */
  readonly expected: number | null;
  /** How far the indicator has moved from base toward target (1 = target reached). */
  readonly taskProgress: number | null;
  /** Actual progress over required progress (the R of the rule), or null. */
  readonly progressRatio: number | null;
  /** Target-year value projected at the current pace, or null. */
  readonly projectedTargetValue: number | null;
  /** Average annual growth in % required over the remaining years to reach the target. */
  readonly requiredAnnualGrowth: number | null;
  /** For cumulative changes: the yearly change (in the unit) still required. */
  readonly requiredAnnualChange: number | null;
  /** Outlook for the target year; null in or after it, or where no pace can be measured. */
  readonly outlook: Outlook | null;
  readonly numbers: readonly NumberUsed[];
  /** The rule applied, in Chinese. */
  readonly rule: string;
  /** What data are missing, in Chinese, or null. */
  readonly missing: string | null;
  readonly baseRevision: BaseRevision | null;
  /** One Chinese sentence with the numbers and the rule. */
  readonly explanation: string;
};
