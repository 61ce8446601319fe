/**
 * Pieces of the one-sentence Chinese explanation (DOMAIN.md「Mid-term judgments」; UX.md
 * 「Numbers」): levels in the data's own precision, rates with one decimal, periods as 2023—2025年.
 */
import { shownUnit } from './shownUnit';
import type { Indicator } from '../domain/indicator';
import type { QualifiedNumber } from '../domain/target';
import {
  decimalsOf,
  formatAsWritten,
  formatChange,
  formatNumber,
  formatPeriod,
  formatRatioPercent,
} from '../lib/formatNumber';
import type { EvaluationFrame } from './evaluationFrame';
import { assertNever } from '../lib/exhaustive';

/**
 * The same text as one flat string. A sentence built from templates is a rope of a dozen or so
 * pieces; 10,000 evaluations would keep some 125,000 of them alive, and copying them in garbage
 * collection costs more than copying the characters once here (issue 4's benchmark). Reading a
 * character makes V8 flatten the rope in place (its pieces become garbage at once), without the
 * two slices, the array and the fresh string a join would allocate.
 */
export function flatText(text: string): string {
  if (text.length > 0) text.charCodeAt(0);
  return text;
}

/** Decimals for computed levels: those of the actual value, at least one below 100, at most 4. */
export function derivedDecimals(actual: number): number {
  return Math.min(4, Math.max(decimalsOf(actual), Math.abs(actual) < 100 ? 1 : 0));
}

/** A level with the indicator's unit: 1102.3亿元, 68.1%. */
export function levelText(value: number, decimals: number, indicator: Indicator): string {
  return `${formatNumber(value, decimals)}${shownUnit(indicator)}`;
}

/**
 * A target level: as written when it is a plan figure (1200亿元, 64.16%), else (carried over to a
 * revised base) with the precision of the bases, one or two decimals: 1153.44亿元.
 */
export function targetLevelText(
  goal: number,
  indicator: Indicator,
  bases: readonly (number | null)[],
): string {
  if (Number.isInteger(goal)) return `${formatNumber(goal, 0)}${shownUnit(indicator)}`;
  const written = Number(goal.toFixed(6));
  const writtenDecimals = decimalsOf(written);
  if (writtenDecimals <= 3)
    return `${formatNumber(written, writtenDecimals)}${shownUnit(indicator)}`;
  const decimals = Math.min(
    2,
    Math.max(1, ...bases.map((base) => (base === null ? 0 : decimalsOf(base)))),
  );
  return `${formatNumber(goal, decimals)}${shownUnit(indicator)}`;
}

/** A plan figure exactly as written, with the unit: 1200亿元. */
export function planLevelText(value: number, indicator: Indicator): string {
  return `${formatAsWritten(value)}${shownUnit(indicator)}`;
}

/** Suffix or prefix for a qualified number: 7%左右, 7%以上, 高于7%, 4.5%以内, 低于5.5%. */
export function qualifiedText(number: QualifiedNumber, unit = '%'): string {
  const written = `${formatAsWritten(number.value)}${unit}`;
  switch (number.qualifier) {
    case 'exact':
      return written;
    case 'about':
      return `${written}左右`;
    case 'atLeast':
      return `${written}以上`;
    case 'greaterThan':
      return `高于${written}`;
    case 'atMost':
      return `${written}以内`;
    case 'lessThan':
      return `低于${written}`;
    default:
      return assertNever(number.qualifier);
  }
}

/** 年均增长7.3% / 年均下降1.2%. */
export function annualGrowthText(ratePercent: number): string {
  return `年均${formatChange(ratePercent, { kind: 'growth' })}`;
}

/** 为规划增速的104.5% or, for a negative ratio, 与规划方向相反. */
export function ratioText(ratio: number | null, what: string): string {
  if (ratio === null) return '';
  return ratio < 0 ? `，变化方向与规划相反` : `，为${what}的${formatRatioPercent(ratio)}`;
}

/**
 * What is still needed: 「2023—2025年需年均增长2.9%方可实现1200亿元目标」; empty in the
 * target year or when it cannot be computed.
 */
export function remainingGrowthText(
  frame: EvaluationFrame,
  dataYear: number,
  requiredGrowth: number | null,
  targetText: string,
  /** 「按现价」 when the verdict quoted real growth but the need is the target level's. */
  priceText = '',
): string {
  if (requiredGrowth === null || dataYear >= frame.targetYear) return '';
  const period = formatPeriod(dataYear + 1, frame.targetYear);
  return `；${period}需${priceText}${annualGrowthText(requiredGrowth)}方可实现${targetText}目标`;
}
