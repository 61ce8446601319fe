/**
 * Thresholds of the plausibility warnings shown while entering values (issue 5「Validation」).
 * A warning never blocks a value: the user confirms or corrects it.
 */
export type PlausibilitySettings = {
  /**
   * Largest change from the previous year, in per cent of the previous value, before a warning.
   * Default 30: a 30 % jump in a level (GDP, retail sales, patents) is rare and usually a typo
   * or a unit slip (万元 for 亿元).
   */
  readonly maxChangePercent: number;
  /**
   * Largest change from the previous year of a growth rate, in percentage points. Default 10:
   * per-cent change of a rate is meaningless (3 % → 6 % is +100 %), so rates are compared in
   * points (7.4 % → 18 % is +10.6 points and is flagged).
   */
  readonly maxRateChangePoints: number;
  /** Warn when a share (unit %) exceeds 100. Default true. */
  readonly checkShareAbove100: boolean;
  /** Warn when a level, count or share is negative. Default true. */
  readonly checkNegative: boolean;
};

/** The documented defaults: ±30 %, ±10 points for rates, both other checks on. */
export const DEFAULT_PLAUSIBILITY_SETTINGS: PlausibilitySettings = {
  maxChangePercent: 30,
  maxRateChangePoints: 10,
  checkShareAbove100: true,
  checkNegative: true,
};
