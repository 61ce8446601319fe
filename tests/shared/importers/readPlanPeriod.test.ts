import { describe, expect, it } from 'vitest';
import { readPlanPeriod } from '../../../shared/importers/readPlanPeriod';

describe('readPlanPeriod', () => {
  it('reads 十X五 from the title: a main table looks ahead, a completion table back', () => {
    const title = '“十三五”规划主要指标完成情况和“十四五”主要目标';
    expect(readPlanPeriod({ kind: 'main', title, headers: [] })).toEqual({
      periodLabel: '十四五',
      baseYear: 2020,
      targetYear: 2025,
      source: '标题「十四五」',
    });
    expect(readPlanPeriod({ kind: 'completion', title, headers: [] })).toMatchObject({
      periodLabel: '十三五',
      baseYear: 2015,
    });
    expect(
      readPlanPeriod({ kind: 'main', title: '“十五五”时期主要指标', headers: [] }),
    ).toMatchObject({
      baseYear: 2025,
      targetYear: 2030,
    });
  });

  it('reads an annual plan from its title', () => {
    expect(
      readPlanPeriod({ kind: 'main', title: '2025年国民经济和社会发展计划主要指标', headers: [] }),
    ).toEqual({
      periodLabel: '2025年',
      baseYear: 2024,
      targetYear: 2025,
      source: '标题「2025年计划」',
    });
  });

  it('reads the header: a group label over targets, 十三五 actuals mean the next period, year pairs', () => {
    expect(
      readPlanPeriod({ kind: 'main', title: '', headers: ['指标', '“十四五”目标 2025年'] }),
    ).toMatchObject({
      periodLabel: '十四五',
      baseYear: 2020,
    });
    expect(
      readPlanPeriod({ kind: 'main', title: '', headers: ['十三五实际', '2025年'] }),
    ).toMatchObject({
      baseYear: 2020,
      targetYear: 2025,
    });
    expect(
      readPlanPeriod({ kind: 'main', title: '', headers: ['2015年', '2020年', '2035年远景'] }),
    ).toEqual({
      periodLabel: '十三五',
      baseYear: 2015,
      targetYear: 2020,
      source: '表头年份 2015、2020',
    });
    expect(
      readPlanPeriod({ kind: 'main', title: '', headers: ['2023年完成', '2024年目标'] }),
    ).toMatchObject({
      periodLabel: '2024年',
      baseYear: 2023,
    });
  });

  it('falls back to the default and says so; given values win', () => {
    expect(readPlanPeriod({ kind: 'completion', title: '', headers: ['指标'] })).toEqual({
      periodLabel: '十三五',
      baseYear: 2015,
      targetYear: 2020,
      source: '未从标题或表头读出，按默认',
    });
    expect(
      readPlanPeriod({ kind: 'main', title: '“十四五”', headers: [], given: { baseYear: 2025 } }),
    ).toEqual({ periodLabel: '十五五', baseYear: 2025, targetYear: 2030, source: '导入选项' });
  });
});
