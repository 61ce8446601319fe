import { describe, expect, it } from 'vitest';
import { readAchievedGrowth } from '../../../shared/parsing/readAchievedGrowth';
import { makeBase, makeIndicator } from '../../helpers/makeIndicator';

const base2015 = (value: number | null) => makeBase(value, { year: 2015, isEstimate: false });
const read = (raw: string, indicator = makeIndicator(), level: number | null = null) =>
  readAchievedGrowth({
    raw,
    indicator,
    level: level === null ? null : { value: level, year: 2020 },
    baseYear: 2015,
  });

describe('readAchievedGrowth', () => {
  // 000 line 150ff.: GDP 7.4, 实际利用外资 `8 左右`.
  it('reads a plain number as official average growth, noting a qualifier', () => {
    expect(read('7.4')).toEqual({ measure: 'averageGrowth', value: 7.4, note: '' });
    expect(read('8 左右')).toEqual({ measure: 'averageGrowth', value: 8, note: '原文「8 左右」' });
  });

  it('reads brackets as cumulative change, signed like the planned change', () => {
    const internet = makeIndicator({
      name: '互联网普及率',
      unit: '%',
      base: base2015(72.6),
      target: {
        kind: 'cumulativeChange',
        change: { min: 7.4, max: 7.4, qualifier: 'exact' },
        targetValue: 80,
      },
    });
    expect(read('[27.4]', internet, 100)).toEqual({
      measure: 'cumulativeChange',
      value: 27.4,
      note: '',
    });
    // 002 line 321: 万元GDP用水 `[33]` beside a planned `[30]` on a lower-is-better indicator.
    const water = makeIndicator({
      name: '万元GDP用水量',
      unit: '立方米',
      base: base2015(null),
      direction: 'lowerIsBetter',
      target: {
        kind: 'cumulativeChange',
        change: { min: 30, max: 30, qualifier: 'exact' },
        targetValue: null,
      },
    });
    expect(read('[33]', water)).toMatchObject({ measure: 'cumulativeChange', value: -33 });
    expect(read('下降 [5]', internet)).toMatchObject({ measure: 'cumulativeChange', value: -5 });
  });

  // 002 lines 329 and 342: 能耗降低 `[14.09]`, COD `下降 [9.76]`; 000 line 532: PM2.5 `44.4`.
  it('reads a reduction indicator as the cut in %, positive = fall', () => {
    const cut = makeIndicator({
      name: '单位GDP能耗降低',
      unit: '%',
      target: {
        kind: 'cumulativeReduction',
        reductionPercent: { min: 14, max: 14, qualifier: 'exact' },
      },
    });
    expect(read('[14.09]', cut)).toMatchObject({ measure: 'cumulativeChange', value: 14.09 });
    expect(read('下降 [9.76]', cut)).toMatchObject({ measure: 'cumulativeChange', value: 9.76 });
    expect(read('44.4', cut)).toMatchObject({ measure: 'cumulativeChange', value: 44.4 });
  });

  // 000 line 313: 29288 → 42283 with `[7.6]`.
  it('reads a bracket as average growth by the bracket-growth rule, with a warning', () => {
    const income = makeIndicator({
      name: '城镇人均可支配收入',
      unit: '元',
      base: base2015(29288),
      growthRaw: '[9]',
      target: {
        kind: 'levelWithGrowth',
        targetValue: 45000,
        annualGrowth: { value: 9, qualifier: 'exact' },
      },
    });
    const reading = read('[7.6]', income, 42283);
    expect(reading).toMatchObject({ measure: 'averageGrowth', value: 7.6 });
    expect(reading?.warning?.column).toBe('实际累计或年均增长');
    // With no achieved level, the planned column's reading decides.
    expect(read('[7.6]', income)).toMatchObject({ measure: 'averageGrowth', value: 7.6 });
  });

  // Issue 12, item 8: 抚州's 单位GDP二氧化碳排放降低 `[18.5]` achieved 「截至2019年上升16.3%」 (002).
  it('reads text that states one dated change as a value of that year', () => {
    const carbon = makeIndicator({
      name: '单位GDP二氧化碳排放降低',
      unit: '%',
      base: base2015(null),
      target: {
        kind: 'cumulativeReduction',
        reductionPercent: { min: 18.5, max: 18.5, qualifier: 'exact' },
      },
    });
    expect(read('截至2019年上升16.3%', carbon)).toEqual({
      measure: 'cumulativeChange',
      value: -16.3,
      year: 2019,
      note: '原文「截至2019年上升16.3%」',
    });
    expect(read('截至2018年下降9%', carbon)).toMatchObject({ value: 9, year: 2018 });
    const urban = makeIndicator({ name: '常住人口城镇化率', unit: '%' });
    expect(read('截至2019年提高2.1个百分点', urban)).toMatchObject({
      measure: 'cumulativeChange',
      value: 2.1,
      year: 2019,
    });
  });

  it('leaves text, ranges and empty cells alone', () => {
    expect(read('稳定')).toBeNull();
    // A % change of a total over an unnamed span could be growth or a cumulative change.
    expect(read('截至2019年上升16.3%')).toBeNull();
    expect(read('截至2019年上升16.3%，2020年继续上升')).toBeNull();
    expect(read('实现农村贫困人口全面脱贫')).toBeNull();
    expect(read('[18-22]')).toBeNull();
    expect(read('--')).toBeNull();
    expect(read('')).toBeNull();
  });
});
