import type { Direction } from '../domain/indicator';
import type { NumberRange } from '../domain/target';

/**
 * The sign of a planned cumulative change `[x]`: +1 up, −1 down. Plans write `[ ]` as
 * 「五年累计提高或下降数」 (000 line 1011), so the direction comes from, in order: a target level
 * different from the base; a negative number; else a lower-is-better indicator (城乡收入比
 * 2.19 → 2.14 `[0.05]`) falls. Shared by the evaluation of the target and by the importer's
 * reading of the achieved change beside it, so both read an unsigned bracket the same way.
 */
export function plannedChangeDirection(
  change: NumberRange,
  targetValue: number | null,
  planBase: number | null,
  direction: Direction,
): 1 | -1 {
  if (targetValue !== null && planBase !== null && targetValue !== planBase) {
    return targetValue > planBase ? 1 : -1;
  }
  if (change.min < 0 || change.max < 0) return -1;
  return direction === 'lowerIsBetter' ? -1 : 1;
}
