import type { BaseValue } from '../domain/indicator';
import { parseCell } from './parseCell';
import { coversKinds } from '../lib/exhaustive';

/** Context of a base value: the plan's base year and whether the notes call base values estimates. */
export type BaseValueContext = {
  readonly baseYear: number;
  /** 「2020 年基期值均为预期数」 (source-doc 000 line 1007, 001 line 1047, 002 line 443). */
  readonly isEstimate: boolean;
  /**
   * The year of base values marked `*`, as the notes say (带*的为2019年数据); null when the notes
   * do not say, and the year before the base year is assumed.
   */
  readonly starredYear?: number | null;
};

/**
 * Reads a base cell (基期值) into a BaseValue: `957.14`; `68.05*` (2019 data, 带*的为 2019 年数据);
 * `[7.66]` (13th-plan average, not a level); `1.1左右` (approximate); `--` or text → null.
 */
export function parseBaseValue(raw: string, context: BaseValueContext): BaseValue {
  const cell = parseCell(raw);
  const common = { year: context.baseYear, isEstimate: context.isEstimate };
  switch (cell.type) {
    case 'number':
      return {
        ...common,
        value: cell.number.value,
        year: cell.hasFootnote ? starredYearOf(context) : context.baseYear,
        isOtherYear: cell.hasFootnote,
        isPeriodAverage: false,
        isApproximate: cell.number.qualifier === 'about',
      };
    case 'bracket':
      return {
        ...common,
        value: cell.range && cell.range.min === cell.range.max ? cell.range.min : null,
        isOtherYear: false,
        isPeriodAverage: true,
        isApproximate: cell.range?.qualifier === 'about',
      };
    default:
      coversKinds(cell.type, ['empty', 'structure', 'text']);
      return {
        ...common,
        value: null,
        isOtherYear: false,
        isPeriodAverage: false,
        isApproximate: false,
      };
  }
}

/** A starred value's year: the notes' year when it is before the base year, else the year before. */
function starredYearOf(context: BaseValueContext): number {
  const year = context.starredYear;
  return year !== null && year !== undefined && year < context.baseYear
    ? year
    : context.baseYear - 1;
}
