/**
 * The bracket-growth consistency rule. DOMAIN.md「The main indicator table」: `[ ]` marks a
 * five-year cumulative change, but some tables also bracket an average annual growth rate. 000
 * line 313 prints 城镇人均可支配收入（元） 29288 → 45000 with `[9]`: a change of 9 元 cannot turn
 * 29288 into 45000, while 29288 × 1.09^5 ≈ 45000 (and line 326: 12817 → 21000 `[10]`). On a level
 * indicator not measured in % the two readings can be told apart by the numbers themselves.
 */

/** Years of a five-year plan: the span assumed when a caller gives none. */
export const DEFAULT_PLAN_YEARS = 5;

/** How close (in percentage points) the implied compound growth must be to the bracketed value. */
export const BRACKET_GROWTH_TOLERANCE_POINTS = 0.5;

/**
 * base + change must miss the level by more than this share of the move from base to level for
 * the change reading to be rejected (a change reading is then clearly wrong, not merely rounded).
 */
export const BRACKET_CHANGE_MISS_SHARE = 0.5;

/** The numbers of one bracketed cell and the levels it should connect. */
export type BracketGrowthInput = {
  /** The indicator's unit; the rule never applies to indicators in % or ‰ (their changes are points). */
  readonly unit: string;
  /** The level in the base year. */
  readonly base: number | null;
  /** The level the bracket leads to: the target level, or the achieved level. */
  readonly level: number | null;
  /** The single number inside the brackets. */
  readonly value: number;
  /** Years from the base year to the level's year (5 for a five-year plan's target). */
  readonly years: number;
};

/**
 * The compound annual growth in % from base to level when the bracketed value reads as that growth
 * rather than as a cumulative change: base + value is far from the level (misses it by more than
 * BRACKET_CHANGE_MISS_SHARE of the move) while (level/base)^(1/years) − 1 matches the value within
 * BRACKET_GROWTH_TOLERANCE_POINTS. Otherwise null (keep the cumulative-change reading).
 */
export function impliedBracketGrowth(input: BracketGrowthInput): number | null {
  const { unit, base, level, value, years } = input;
  if (unit === '%' || unit === '‰' || base === null || level === null) return null;
  if (base <= 0 || level <= 0 || years <= 0 || level === base) return null;
  const move = Math.abs(level - base);
  if (Math.abs(base + value - level) <= BRACKET_CHANGE_MISS_SHARE * move) return null;
  const growth = ((level / base) ** (1 / years) - 1) * 100;
  return Math.abs(growth - value) <= BRACKET_GROWTH_TOLERANCE_POINTS ? growth : null;
}
