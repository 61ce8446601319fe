import type { ActualValue } from './actualValue';
import type { IndicatorId } from './ids';
import type { Indicator } from './indicator';
import type { Plan } from './plan';

/**
 * The official end-of-term verdict printed in a completion table (完成情况), with the texts it
 * was judged on; kept verbatim so the engine's verdicts can be compared with it.
 */
export type OfficialAssessment = {
  readonly indicatorId: IndicatorId;
  /** As printed, e.g. 基本完成或接近完成. */
  readonly verdictRaw: string;
  /** The 2020 actual cell as printed (e.g. `66.46 亿元（人民币）`). */
  readonly actualRaw: string;
  /** The actual cumulative or average growth cell as printed. */
  readonly actualGrowthRaw: string;
};

/**
 * Everything an import or a seed yields: a plan, its indicators, and for completion tables the
 * target-year actual values and the official verdicts. This is also the seed JSON format.
 */
export type PlanBundle = {
  readonly plan: Plan;
  readonly indicators: readonly Indicator[];
  readonly actualValues: readonly ActualValue[];
  readonly officialAssessments: readonly OfficialAssessment[];
};
