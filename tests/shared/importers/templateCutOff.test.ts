import { describe, expect, it } from 'vitest';
import { cutOffChoices, defaultCutOff } from '../../../shared/importers/templateCutOff';
import { periodLabel } from '../../../shared/importers/xlsxDataTemplateShape';
import { makeActual } from '../../helpers/makeIndicator';

describe('cut-off of the template', () => {
  const years = [2020, 2021, 2022, 2023];

  it('offers 上半年 and 前三季度 of each year after the base', () => {
    expect(cutOffChoices(years).map((choice) => periodLabel(choice.year, choice.period))).toEqual([
      '2021年上半年',
      '2021年前三季度',
      '2022年上半年',
      '2022年前三季度',
      '2023年上半年',
      '2023年前三季度',
    ]);
  });

  it('offers first the latest part-year stored, none when only full years are stored', () => {
    const gdp = 'seed-jdz-14/001';
    expect(defaultCutOff([makeActual(gdp, 2022, 5, 'growth')], years)).toBeNull();
    const stored = [
      makeActual(gdp, 2022, 5, 'firstThreeQuartersGrowth'),
      makeActual(gdp, 2023, 6, 'firstHalfGrowth'),
      makeActual(gdp, 2024, 6, 'firstHalfGrowth'),
    ];
    // 2024 is not among the template's years.
    expect(defaultCutOff(stored, years)).toEqual({ year: 2023, period: 'firstHalf' });
  });
});
