/**
 * The thresholds of the evaluation engine, in one object the user can change.
 * DOMAIN.md「What kinds of target there are」: no Chinese source publishes numeric cut-offs for
 * 快于预期 / 符合预期 / 滞后, so each default below names the published method it is anchored on,
 * or says that it is our own choice. docs/evaluation-method.md explains them in Chinese.
 *
 * The progress ratio R compares actual progress with the progress required by year y: for growth
 * targets the actual compound annual growth over the required one (Eurostat), for increments and
 * cuts the change achieved over the pro-rata share of the planned change (时间过半、任务过半).
 */
export type EvaluationSettings = {
  readonly midterm: {
    /** R at or above this → 快于预期. Our choice, mirroring the German weather marks' 20 %-of-gap step. */
    readonly aheadRatio: number;
    /** R at or above this → 符合预期. Eurostat SDG assessment: R ≥ 95 % is 'significant progress'. */
    readonly onTrackRatio: number;
    /**
     * R required of 约束性 (binding) indicators. 12th-plan energy-saving schedule: a binding cut must
     * reach its full pro-rata share each year (20/40/60/80/100 %), so 100 %.
     */
    readonly bindingOnTrackRatio: number;
  };
  readonly final: {
    /**
     * R at or above this with no interim data → 提前完成 (at the average pace the target was reached
     * at least a year early: 5/4 for a five-year plan). Our choice.
     */
    readonly earlyRatio: number;
    /** R at or above this → 基本完成 (基本完成或接近完成). Eurostat: 60–95 % is 'moderate progress'. */
    readonly basicallyCompleteRatio: number;
    /** The same for 约束性 indicators: Eurostat's 95 % 'significant progress'; binding is strict. */
    readonly bindingBasicallyCompleteRatio: number;
    /**
     * Which end-of-term reading applies (docs/evaluation-method.md「四、总结评估」). `practice`, the
     * default, follows the official 13th-plan completion tables: 未完成 only for no progress or a
     * move the wrong way, every other shortfall 基本完成 (binding included). `strict` is the
     * earlier reading: below the two ratios above it is 未完成.
     */
    readonly reading: EndOfTermReading;
  };
  /** Tolerance of 左右 (about): a band, not a point (DOMAIN.md). Our choices. */
  readonly about: {
    /** For growth rates and rates in %: ± percentage points (7左右 accepts 6.5–7.5). */
    readonly ratePoints: number;
    /** For target levels: relative band (11左右 accepts 10.78 and above). */
    readonly levelRelative: number;
    /** For five-year changes written `[3 左右]`: relative band of the change. */
    readonly changeRelative: number;
  };
  /**
   * 保持稳定: relative fall from the base still counted as stable (our choice; 1 %), and the same
   * for binding indicators (0: a binding level may not fall at all, except for 左右 written in the plan).
   */
  readonly keepStable: {
    readonly tolerance: number;
    readonly bindingTolerance: number;
  };
  /** 与GDP增长基本同步: growth within ± this many percentage points of the reference. Our choice. */
  readonly inStepPoints: number;
};

/** The two end-of-term readings: as the official completion tables judge, or stricter. */
export type EndOfTermReading = 'practice' | 'strict';

/** Chinese names of the end-of-term readings, for the CLI, the bench and the method note. */
export const END_OF_TERM_READING_LABELS: Readonly<Record<EndOfTermReading, string>> = {
  practice: '按完成情况表惯例',
  strict: '从严',
};

/** The defaults; see each field's comment for its source. */
export const DEFAULT_EVALUATION_SETTINGS: EvaluationSettings = {
  midterm: { aheadRatio: 1.2, onTrackRatio: 0.95, bindingOnTrackRatio: 1 },
  final: {
    earlyRatio: 1.25,
    basicallyCompleteRatio: 0.6,
    bindingBasicallyCompleteRatio: 0.95,
    reading: 'practice',
  },
  about: { ratePoints: 0.5, levelRelative: 0.02, changeRelative: 0.1 },
  keepStable: { tolerance: 0.01, bindingTolerance: 0 },
  inStepPoints: 1,
};
