import { describe, expect, it } from 'vitest';
import { findTableRegion } from '../../../shared/importers/findTableRegion';

describe('findTableRegion', () => {
  const lines = [
    '正文',
    '“十四五”时期经济社会发展主要指标',
    '指标',
    '甲 1 2 3 预期性',
    '注：1.说明。',
    '第二篇 下一篇',
    '乙',
  ];

  it('runs from the title to the end of the notes', () => {
    const region = findTableRegion(lines, 'main');
    expect(region.title).toBe('“十四五”时期经济社会发展主要指标');
    expect(region.titleLine).toBe(2);
    expect(region.body.map((line) => line.line)).toEqual([3, 4]);
    expect(region.notes.map((line) => line.text)).toEqual(['注：1.说明。']);
  });

  it('takes the whole text when there is no title, and keeps rows after the notes', () => {
    const region = findTableRegion(
      ['指标', '甲 1 预期性', '注：1.说明。', '乙 2 约束性'],
      'completion',
    );
    expect(region.titleLine).toBe(0);
    expect(region.body.map((line) => line.text)).toEqual(['指标', '甲 1 预期性', '乙 2 约束性']);
  });
});
