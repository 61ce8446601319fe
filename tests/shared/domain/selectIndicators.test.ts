import { describe, expect, it } from 'vitest';
import { selectIndicators } from '../../../shared/domain/selectIndicators';
import { indicators } from '../importers/xlsxDataTemplateFixture';

describe('selectIndicators', () => {
  it('matches departments ignoring surrounding spaces and keeps table order', () => {
    expect(
      selectIndicators([...indicators].reverse(), '市统计局').map((indicator) => indicator.order),
    ).toEqual([1, 4]);
    expect(selectIndicators(indicators, '').length).toBe(4);
    expect(selectIndicators(indicators, '市教育局')).toEqual([]);
  });

  it('picks the indicators of one department, or all for 全部指标', () => {
    expect(selectIndicators(indicators, '市统计局').map((i) => i.name)).toEqual([
      '地区生产总值（GDP）',
      '城镇登记失业率',
    ]);
    expect(selectIndicators(indicators, '')).toHaveLength(4);
  });
});
