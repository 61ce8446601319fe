import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  nextPeriodLabel,
  planCitation,
  planOrdinal,
  reportTitle,
} from '../../../shared/report/reportTitle';
import { makePlan } from '../../helpers/makeIndicator';
import { seedBundle } from './reportFixture';

describe('chineseNumeral', () => {
  it('counts the way plans and headings do', () => {
    expect([1, 9, 10, 11, 14, 20, 21, 99].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十四',
      '二十',
      '二十一',
      '九十九',
    ]);
    expect(chineseNumeral(0)).toBe('0');
  });
});

describe('planOrdinal', () => {
  it('reads the period label, quoted or not', () => {
    expect(planOrdinal(makePlan({ periodLabel: '十四五' }))).toBe('十四');
    expect(planOrdinal(makePlan({ periodLabel: '“十三五”', baseYear: 2015 }))).toBe('十三');
  });

  it('falls back on the years when the label says nothing', () => {
    expect(planOrdinal(makePlan({ periodLabel: '', baseYear: 2020 }))).toBe('十四');
    expect(planOrdinal(makePlan({ periodLabel: '近期', baseYear: 2025 }))).toBe('十五');
    expect(planOrdinal(makePlan({ periodLabel: '', baseYear: 2015 }))).toBe('十三');
  });

  it('names the next period for end-of-term suggestions', () => {
    expect(nextPeriodLabel(makePlan({ periodLabel: '十三五' }))).toBe('十四五');
    expect(nextPeriodLabel(makePlan({ periodLabel: '十四五' }))).toBe('十五五');
    expect(nextPeriodLabel(makePlan({ periodLabel: '十九五' }))).toBe('二十五');
  });
});

describe('reportTitle', () => {
  it('builds the mid-term and the end-of-term titles of the built-in plans', () => {
    expect(reportTitle(seedBundle('fz-14').plan, 'midterm')).toBe(
      '抚州市国民经济和社会发展第十四个五年规划纲要实施中期评估报告',
    );
    expect(reportTitle(seedBundle('cj-13c').plan, 'final')).toBe(
      '昌江区国民经济和社会发展第十三个五年规划纲要实施总结评估报告',
    );
  });
});

describe('planCitation', () => {
  it('cites a 纲要 as 《纲要》, a 规划 as 《规划》 and a completion table by the formal name', () => {
    expect(planCitation(seedBundle('jdz-14').plan)).toEqual({
      full: '《景德镇市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》',
      short: '《纲要》',
    });
    expect(planCitation(seedBundle('cj-14').plan).short).toBe('《规划》');
    expect(planCitation(seedBundle('fz-13c').plan)).toEqual({
      full: '《抚州市国民经济和社会发展第十三个五年规划纲要》',
      short: '《纲要》',
    });
  });
});
