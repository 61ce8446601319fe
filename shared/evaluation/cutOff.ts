/**
 * The data cut-off (REAL-REPORTS.md「Time basis」): mid-term reports use full years plus the
 * evaluation year's 上半年 (or 前三季度). When the evaluation year has no full-year figure but has
 * a part-year one, the part-year figure stands for that year: its growth over the same period a
 * year before is the usual estimate of the year's growth, and the period-end level of a rate or
 * share (unit %, ‰, or a growth-rate indicator) is comparable with a year's. A part-year level of
 * a flow or stock in 亿元 is not, and is not used. The explanation says which period was used.
 */
import type { Indicator } from '../domain/indicator';
import type { Period } from '../domain/measurePeriod';
import { measureOf, PERIOD_LABELS } from '../domain/measurePeriod';
import type { IndicatorSeries } from './actualIndex';

/** A part of a year whose figures stand for the whole year. */
export type PartialYear = {
  readonly year: number;
  readonly period: Exclude<Period, 'year'>;
};

/** A series as the rules read it at the cut-off, and the part-year that was filled in, if any. */
export type SeriesAtCutOff = {
  readonly series: IndicatorSeries;
  readonly partial: PartialYear | null;
};

/** The later part first: 前三季度 says more about a year than 上半年. */
const PART_PERIODS: readonly PartialYear['period'][] = ['firstThreeQuarters', 'firstHalf'];

/**
 * The series as the rules should read it at a cut-off in `year`: the year's missing full-year
 * growth (and level, where comparable) filled from its latest part-year figures; `partial` says
 * which period, or is null when nothing was filled.
 */
export function seriesAtCutOff(
  series: IndicatorSeries,
  indicator: Indicator,
  year: number,
): SeriesAtCutOff {
  const needsGrowth = !series.growth.has(year);
  const needsLevel = !series.value.has(year) && isLevelComparable(indicator);
  if (!needsGrowth && !needsLevel) return { series, partial: null };
  for (const period of PART_PERIODS) {
    const growth = needsGrowth ? series[measureOf(period, 'growth')].get(year) : undefined;
    const level = needsLevel ? series[measureOf(period, 'value')].get(year) : undefined;
    if (growth === undefined && level === undefined) continue;
    return {
      series: {
        ...series,
        growth: growth === undefined ? series.growth : withYear(series.growth, year, growth),
        value: level === undefined ? series.value : withYear(series.value, year, level),
      },
      partial: { year, period },
    };
  }
  return { series, partial: null };
}

/** Rates and shares keep their meaning over part of a year; totals in 亿元 or 万人 do not. */
function isLevelComparable(indicator: Indicator): boolean {
  return indicator.unit === '%' || indicator.unit === '‰' || indicator.target.kind === 'growthRate';
}

function withYear(
  values: ReadonlyMap<number, number>,
  year: number,
  value: number,
): ReadonlyMap<number, number> {
  const copy = new Map(values);
  copy.set(year, value);
  return copy;
}

/**
 * The explanation with the part-year named where the year is: 「2021—2023年」 becomes
 * 「2021年至2023年上半年」, 「2023年」 becomes 「2023年上半年」; a closing clause says the figure
 * stands for the year.
 */
export function explainAtCutOff(explanation: string, partial: PartialYear): string {
  const { year } = partial;
  const label = PERIOD_LABELS[partial.period];
  const named = explanation
    .replace(new RegExp(`(\\d{4})—${year}年(?!${label})`, 'g'), `$1年至${year}年${label}`)
    .replace(new RegExp(`(?<![—\\d])${year}年(?!${label}|至)`, 'g'), `${year}年${label}`);
  return `${named.replace(/。$/, '')}（${year}年按${label}数据评价）。`;
}

/**
 * 「两年平均」: an average over the two years after the base (2021—2022 for a 2020 base) is said
 * the way mid-term reports say it (REAL-REPORTS.md「Time basis」).
 */
export function twoYearAverageText(explanation: string, baseYear: number): string {
  const at = explanation.indexOf(twoYearPeriod(baseYear));
  if (at < 0) return explanation;
  const start = at + twoYearPeriod(baseYear).length;
  // Only the clause about those two years, and never the plan's own 年均 rate.
  const end = explanation.indexOf('；', start);
  const stop = end < 0 ? explanation.length : end;
  const clause = explanation.slice(start, stop).replace(/(?<!规划)年均(增长|下降)/g, '两年平均$1');
  return explanation.slice(0, start) + clause + explanation.slice(stop);
}

// The period of the last base year asked for: every indicator of a run asks with the same one.
let lastBaseYear = Number.NaN;
let lastPeriod = '';

/** 「2021—2022年」 for a 2020 base. */
function twoYearPeriod(baseYear: number): string {
  if (baseYear !== lastBaseYear) {
    lastPeriod = `${baseYear + 1}—${baseYear + 2}年`;
    lastBaseYear = baseYear;
  }
  return lastPeriod;
}
