import { describe, expect, it } from 'vitest';
import { essentials, MAIN_SEEDS, read, readSeed, seedRows, tabText } from './seedTableText';

// Layouts of plans from other places, made from the seeds or made up (not from the source docs).
describe('importPlanTable: layouts from other places', () => {
  it('reads a completion table headed 2025年完成, with a five-year total in brackets there', () => {
    const text = [
      '青川县“十四五”规划主要指标完成情况表',
      '类别\t指标名称\t单位\t2020年基数\t2025年规划目标\t年均增长（%）\t2025年完成\t年均增长实际（%）\t完成情况',
      '经济发展\t地区生产总值\t亿元\t120\t160\t6左右\t158.2\t5.7\t基本完成',
      '社会民生\t城镇新增就业人数\t万人\t—\t[1.5]\t—\t[1.62]\t—\t完成',
    ].join('\n');
    const read1 = read(text, 'completion');
    expect(read1.columns.map((item) => item.role)).toEqual([
      'category',
      'name',
      'unit',
      'base',
      'target',
      'growth',
      'actual',
      'actualGrowth',
      'verdict',
    ]);
    const values = read1.bundle.actualValues.map(({ year, measure, value }) => [
      year,
      measure,
      value,
    ]);
    expect(values).toEqual([
      [2025, 'value', 158.2],
      [2025, 'averageGrowth', 5.7],
      [2025, 'cumulativeChange', 1.62],
    ]);
    // No warning about the bracket (only the missing 属性 column is flagged).
    const warnings = read1.bundle.indicators.flatMap((item) => item.warnings);
    expect(warnings.map((warning) => warning.column)).toEqual(['属性', '属性']);
  });

  it.each(MAIN_SEEDS)(
    'reads %s with categories as 一、… heading rows in the 序号 column and — for no unit',
    (key) => {
      const seed = readSeed(key);
      const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
      const rows: string[][] = [];
      let category = '';
      for (const [index, indicator] of seed.indicators.entries()) {
        if (indicator.category !== category) {
          category = indicator.category;
          const ordinal = numerals[rows.filter((row) => row.length === 1).length] ?? '十';
          rows.push([`${ordinal}、${category}`]);
        }
        const [cells] = seedRows({ ...seed, indicators: [indicator] }, [
          'name',
          'unit',
          'base',
          'target',
          'growth',
          'attribute',
        ]);
        rows.push([
          String(index + 1),
          ...(cells ?? []).map((cell, at) => (at === 1 && cell === '' ? '—' : cell)),
        ]);
      }
      const header = ['序号', '指标名称', '单位', '2020年', '2025年', '年均/累计', '属性'];
      const read1 = read(`“十四五”时期主要指标\n${tabText(header, rows)}`);
      expect(essentials(read1.bundle.indicators)).toEqual(essentials(seed.indicators));
      const headings = read1.fates.filter((fate) => fate.fate === 'category');
      expect(headings).toHaveLength(new Set(seed.indicators.map((item) => item.category)).size);
      expect(read1.fates.filter((fate) => fate.fate === 'leftOut')).toEqual([]);
    },
  );
});

describe('importPlanTable: short categories', () => {
  it('reads 经济 and 民生 as two categories, written on every row or only on the first', () => {
    const header = '类别\t指标名称\t单位\t2025年\t2030年\t年均增长\t属性';
    const rows = [
      '经济\t地区生产总值\t亿元\t512.3\t700\t6.5\t预期性',
      '经济\t常住人口城镇化率\t%\t61.2\t66\t—\t预期性',
      '民生\t城镇调查失业率\t%\t5.2\t<5.5\t—\t预期性',
      '\t人均预期寿命\t岁\t78.5\t79.5\t—\t预期性',
    ];
    const read1 = read(['临川区主要指标', header, ...rows].join('\n'));
    expect(read1.bundle.indicators.map((item) => item.category)).toEqual([
      '经济',
      '经济',
      '民生',
      '民生',
    ]);
  });
});

describe('importPlanTable: attribute cells as plans write them', () => {
  it('reads 预期, 约束, 预期性指标 and 约束性指标, under a 属性 header or found by their values', () => {
    const rows = [
      '1\t地区生产总值\t亿元\t1234.5\t1650\t6左右\t预期',
      '2\t森林覆盖率\t%\t61.2\t≥62\t—\t约束',
      '3\t城镇化率\t%\t58.30\t63.00\t[4.7]\t预期性指标',
      '4\t耕地保有量\t万亩\t120.5\t120\t—\t约束性指标',
    ];
    const expected = ['预期性', '约束性', '预期性', '约束性'];
    for (const last of ['指标属性', '']) {
      const header = `序号\t指标\t单位\t2025年\t2030年\t年均增长（%）\t${last}`;
      const read1 = read(['主要指标', header, ...rows].join('\n'));
      expect(read1.bundle.indicators.map((item) => item.attribute)).toEqual(expected);
    }
  });
});
