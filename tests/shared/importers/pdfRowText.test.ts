import { describe, expect, it } from 'vitest';
import {
  isValueToken,
  joinWrappedLines,
  mergeValueTokens,
  splitNameAndValues,
} from '../../../shared/importers/pdfRowText';

describe('joinWrappedLines', () => {
  it('joins a wrapped Chinese word without a space and other lines with one', () => {
    expect(joinWrappedLines(['能源综合生产能力（亿吨标准', '煤）', '-- -- --'])).toBe(
      '能源综合生产能力（亿吨标准煤） -- -- --',
    );
    expect(joinWrappedLines(['[省下', '达的目', '标]'])).toBe('[省下达的目标]');
    expect(joinWrappedLines(['66.46 亿元', '', '（人民币）'])).toBe('66.46 亿元（人民币）');
  });
});

describe('splitNameAndValues', () => {
  it('ends the name at the unit followed by a value', () => {
    expect(splitNameAndValues('地区生产总值（GDP）（亿元） 957.14 1200 7 左右')).toEqual({
      rawName: '地区生产总值（GDP）（亿元）',
      tokens: ['957.14', '1200', '7', '左右'],
    });
    expect(
      splitNameAndValues('每千人口拥有 0-3 岁婴幼儿托位数（个） 1.26 3.6 [2.34]').rawName,
    ).toBe('每千人口拥有 0-3 岁婴幼儿托位数（个）');
    expect(splitNameAndValues('500 万元以上固定资产投资（亿元） 691 -- 1200').rawName).toBe(
      '500 万元以上固定资产投资（亿元）',
    );
  });

  it('ends a name without unit at the first value', () => {
    expect(splitNameAndValues('基本养老保险参保率 96.5 96.5 --')).toEqual({
      rawName: '基本养老保险参保率',
      tokens: ['96.5', '96.5', '--'],
    });
    expect(isValueToken('确保数量不减，质量提升')).toBe(true);
    expect(isValueToken('氨氮')).toBe(false);
  });
});

describe('mergeValueTokens', () => {
  it('rebuilds cells split by the PDF text', () => {
    expect(mergeValueTokens(['68.05', '*', '--', '[3', '左右]'])).toEqual([
      '68.05*',
      '--',
      '[3 左右]',
    ]);
    expect(mergeValueTokens(['8.02', '66.46', '亿元（人民币）', '9.63'])).toEqual([
      '8.02',
      '66.46 亿元（人民币）',
      '9.63',
    ]);
    expect(mergeValueTokens(['65', '以上', '66.98*', '65以上', '稳定', '稳定'])).toEqual([
      '65 以上',
      '66.98*',
      '65以上',
      '稳定',
      '稳定',
    ]);
  });

  it('mends structures broken over lines, only where the sum then reaches 100', () => {
    expect(
      mergeValueTokens(['7.3:57:3', '5.7', '7.1：43.1：', '49.8', '5:53:4', '2', '--']),
    ).toEqual(['7.3:57:35.7', '7.1：43.1：49.8', '5:53:42', '--']);
    expect(mergeValueTokens(['7.1:43.1:49.8', '6'])).toEqual(['7.1:43.1:49.8', '6']);
  });
});
