/**
 * The period a measure covers and what it measures within it (docs/decisions/0026): a year can
 * hold a level and a growth rate (DOMAIN.md「What kinds of target there are」: official real growth
 * beside a current-price level), for the whole year, 上半年 or 前三季度 (REAL-REPORTS.md「Time
 * basis」: data to mid-year of the third year).
 */
import type { Measure } from './actualValue';
import { assertNever } from '../lib/exhaustive';

/** The part of a year a value covers. */
export type Period = 'year' | 'firstHalf' | 'firstThreeQuarters';

/** What is entered for a period: the level (or rate) itself, or its growth over a year before. */
export type EntryQuantity = 'value' | 'growth';

/** Periods from the shortest to the whole year. */
export const PERIODS: readonly Period[] = ['firstHalf', 'firstThreeQuarters', 'year'];

/** How periods are named in Chinese. */
export const PERIOD_LABELS: Readonly<Record<Period, string>> = {
  year: '全年',
  firstHalf: '上半年',
  firstThreeQuarters: '前三季度',
};

const MEASURE_OF: Readonly<Record<Period, Readonly<Record<EntryQuantity, Measure>>>> = {
  year: { value: 'value', growth: 'growth' },
  firstHalf: { value: 'firstHalfValue', growth: 'firstHalfGrowth' },
  firstThreeQuarters: { value: 'firstThreeQuartersValue', growth: 'firstThreeQuartersGrowth' },
};

/** The measure of a quantity in a period: (firstHalf, growth) → firstHalfGrowth. */
export function measureOf(period: Period, quantity: EntryQuantity): Measure {
  return MEASURE_OF[period][quantity];
}

/** The period and quantity of a measure; null for the since-base measures of completion tables. */
export function splitMeasure(
  measure: Measure,
): { readonly period: Period; readonly quantity: EntryQuantity } | null {
  switch (measure) {
    case 'value':
      return { period: 'year', quantity: 'value' };
    case 'growth':
      return { period: 'year', quantity: 'growth' };
    case 'firstHalfValue':
      return { period: 'firstHalf', quantity: 'value' };
    case 'firstHalfGrowth':
      return { period: 'firstHalf', quantity: 'growth' };
    case 'firstThreeQuartersValue':
      return { period: 'firstThreeQuarters', quantity: 'value' };
    case 'firstThreeQuartersGrowth':
      return { period: 'firstThreeQuarters', quantity: 'growth' };
    case 'averageGrowth':
    case 'cumulativeChange':
      return null;
    default:
      return assertNever(measure);
  }
}

/** The measures a user enters in the grid, the cell panel, the CSV and the data template. */
export const ENTRY_MEASURES: readonly Measure[] = [
  'value',
  'growth',
  'firstHalfValue',
  'firstHalfGrowth',
  'firstThreeQuartersValue',
  'firstThreeQuartersGrowth',
];

/** Short Chinese names of measures, as the grid's switch and the panel show them. */
export const MEASURE_NAMES: Readonly<Record<Measure, string>> = {
  value: '水平值',
  growth: '增速',
  averageGrowth: '年均增速',
  cumulativeChange: '累计变化',
  firstHalfValue: '上半年水平值',
  firstHalfGrowth: '上半年增速',
  firstThreeQuartersValue: '前三季度水平值',
  firstThreeQuartersGrowth: '前三季度增速',
};
