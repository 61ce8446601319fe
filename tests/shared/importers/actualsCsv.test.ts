import { describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../../shared/domain/ids';
import { parseActualsCsv } from '../../../shared/importers/actualsCsv';
import { makeBase, makeIndicator } from '../../helpers/makeIndicator';

const gdp = makeIndicator();
const sectors = makeIndicator({
  id: asIndicatorId('test-plan/002'),
  name: '三产比例',
  unit: '%',
  base: makeBase(null),
  target: {
    kind: 'structure',
    baseComponents: [7.1, 43.1, 49.8],
    targetComponents: [6.5, 41.5, 52],
  },
});
const indicators = [gdp, sectors];

describe('parseActualsCsv', () => {
  it('reads values, growth and structures, matching names loosely', () => {
    const text = [
      'indicator,year,value,measure',
      '地区生产总值(GDP)(亿元),2021,1030,',
      '地区生产总值（ＧＤＰ）,2022,"1,102.3",value',
      'test-plan/001,2022,7.1,growth',
      '三产比例（%）,2022,6.9：42.6：50.5,',
    ].join('\n');
    const result = parseActualsCsv(text, indicators, { file: 'actuals.csv' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.values.map((v) => [v.indicatorId, v.year, v.measure, v.value])).toEqual([
      ['test-plan/001', 2021, 'value', 1030],
      ['test-plan/001', 2022, 'value', 1102.3],
      ['test-plan/001', 2022, 'growth', 7.1],
    ]);
    expect(result.value.values[0]?.source).toBe('actuals.csv');
    expect(result.value.components).toEqual([
      { indicatorId: 'test-plan/002', year: 2022, components: [6.9, 42.6, 50.5] },
    ]);
  });

  it('reads a growth rate beside a level, and 上半年 / 前三季度 by measure or by 期间', () => {
    const text = [
      '指标,年份,数值,口径,期间',
      '地区生产总值,2022,1102.3,水平值,',
      '地区生产总值,2022,4.6,增速,全年',
      '地区生产总值,2023,5.2,增速,上半年',
      '地区生产总值,2023,1190.5,,前三季度',
      '地区生产总值,2023,5.1,firstThreeQuartersGrowth,',
      '地区生产总值,2023,560.1,上半年水平值,',
    ].join('\n');
    const result = parseActualsCsv(text, indicators);
    expect(result.ok && result.value.values.map((v) => [v.year, v.measure, v.value])).toEqual([
      [2022, 'value', 1102.3],
      [2022, 'growth', 4.6],
      [2023, 'firstHalfGrowth', 5.2],
      [2023, 'firstThreeQuartersValue', 1190.5],
      [2023, 'firstThreeQuartersGrowth', 5.1],
      [2023, 'firstHalfValue', 560.1],
    ]);
  });

  it('names a bad 期间 and a period given twice', () => {
    const result = parseActualsCsv(
      '指标,年份,数值,口径,期间\n地区生产总值,2023,5.2,增速,一季度\n地区生产总值,2023,5.2,上半年增速,前三季度\n地区生产总值,2020,7.4,年均增速,上半年',
      indicators,
      { file: 'a.csv' },
    );
    expect(result.problems.map((p) => [p.location?.line, p.location?.column, p.message])).toEqual([
      [2, '期间', '期间只能为全年、上半年或前三季度，也可留空（全年）。'],
      [3, '期间', '口径「上半年增速」不能再指定期间「前三季度」。'],
      [4, '期间', '口径「年均增速」不能再指定期间「上半年」。'],
    ]);
  });

  it('accepts Chinese headers', () => {
    const result = parseActualsCsv(
      '指标,年份,数值,口径\n地区生产总值,2022年,1102.3,增速',
      indicators,
    );
    expect(result.ok && result.value.values[0]?.measure).toBe('growth');
  });

  it('locates every bad row with line, column and cell text', () => {
    const text = [
      'indicator,year,value,measure',
      '财政总收入,2022,140,',
      '地区生产总值,22,abc,level',
    ].join('\n');
    const result = parseActualsCsv(text, indicators, { file: 'a.csv' });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      {
        message: '找不到指标「财政总收入」，请核对指标名称或编号。',
        location: { file: 'a.csv', line: 2, column: 'indicator', cellText: '财政总收入' },
      },
      {
        message: '年份应为四位数字，如 2022。',
        location: { file: 'a.csv', line: 3, column: 'year', cellText: '22' },
      },
      {
        message:
          '口径只能为 value（水平值）、growth（增速）、averageGrowth（年均增速）、cumulativeChange（累计变化），或上半年、前三季度的水平值与增速（如「上半年增速」），也可留空。',
        location: { file: 'a.csv', line: 3, column: 'measure', cellText: 'level' },
      },
      {
        message: '数值不是有效数字。',
        location: { file: 'a.csv', line: 3, column: 'value', cellText: 'abc' },
      },
    ]);
    expect(!result.ok && result.error.message).toBe(
      '找不到指标「财政总收入」，请核对指标名称或编号。（另有3处错误）',
    );
  });

  it('rejects a missing header column and an empty file', () => {
    const noValue = parseActualsCsv('indicator,year\n地区生产总值,2022', indicators);
    expect(!noValue.ok && noValue.error.message).toBe(
      '表头缺少「value」列，表头应为「indicator,year,value,measure」。',
    );
    expect(parseActualsCsv('', indicators).ok).toBe(false);
  });

  it('never throws on garbage', () => {
    for (const text of ['"', ',,,\n,,,', 'indicator,year,value\n"unclosed', '\u0000\u0001']) {
      expect(() => parseActualsCsv(text, indicators)).not.toThrow();
    }
  });
});

describe('parseActualsCsv with the optional columns', () => {
  it('reads status, source and note per row, and refuses an unknown status', () => {
    const text = [
      '指标,年份,数值,口径,状态,来源,备注',
      '地区生产总值,2022,1102.3,年均增速,核实数,统计公报,含价格因素',
      '地区生产总值,2023,1.5E+3,累计变化,,,',
      '地区生产总值,2024,1,,初步数,,',
    ].join('\n');
    const result = parseActualsCsv(text, indicators, { status: '快报数' });
    expect(result.problems).toEqual([
      {
        message: '状态只能为预计数、快报数、年报数、核实数，也可留空。',
        location: { line: 4, column: '状态', cellText: '初步数' },
      },
    ]);
    const good = parseActualsCsv(text.split('\n').slice(0, 3).join('\n'), indicators, {
      status: '快报数',
    });
    expect(
      good.ok && good.value.values.map((v) => [v.measure, v.value, v.status, v.source, v.note]),
    ).toEqual([
      ['averageGrowth', 1102.3, '核实数', '统计公报', '含价格因素'],
      ['cumulativeChange', 1500, '快报数', '', ''],
    ]);
  });

  it('does not take Object.prototype keys for a measure, nor overflow for a number', () => {
    const result = parseActualsCsv(
      'indicator,year,value,measure\n地区生产总值,2022,1,constructor\n地区生产总值,2022,1e999,',
      indicators,
    );
    expect(result.problems.map((problem) => problem.location?.column)).toEqual([
      'measure',
      'value',
    ]);
  });
});
