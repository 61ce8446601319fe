/**
 * The part-year of a data template (decision 0045): which ones an export may ask for, and which one
 * is offered first.
 */
import type { ActualValue } from '../domain/actualValue';
import { splitMeasure } from '../domain/measurePeriod';
import type { TemplateCutOff } from './xlsxDataTemplateShape';

/** The part-years a template can ask for: 上半年 and 前三季度 of each year after the base. */
export function cutOffChoices(years: readonly number[]): TemplateCutOff[] {
  return years.slice(1).flatMap((year): TemplateCutOff[] => [
    { year, period: 'firstHalf' },
    { year, period: 'firstThreeQuarters' },
  ]);
}

/**
 * The cut-off offered first: the latest part-year of the template's years already stored (so its figures go out to be
 * checked), none when the plan holds only full years.
 */
export function defaultCutOff(
  actuals: readonly ActualValue[],
  years: readonly number[],
): TemplateCutOff | null {
  const offered = new Set(years.slice(1));
  let latest: TemplateCutOff | null = null;
  for (const actual of actuals) {
    const split = splitMeasure(actual.measure);
    if (!split || split.period === 'year' || !offered.has(actual.year)) continue;
    const later =
      !latest ||
      actual.year > latest.year ||
      (actual.year === latest.year && split.period === 'firstThreeQuarters');
    if (later) latest = { year: actual.year, period: split.period };
  }
  return latest;
}
