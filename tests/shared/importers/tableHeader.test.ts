import { describe, expect, it } from 'vitest';
import { isHeaderLine, readHeader } from '../../../shared/importers/tableHeader';

describe('table header', () => {
  it.each([
    '类别\t指标\t2015年\t2020年\t\t“十三五”累计或年均增长(%)\t\t属性\t完成情况',
    '或年均增长（%）',
    '指 标',
    '2020 年',
    '实际数',
    '\t\t\t预期值\t规划目标',
  ])('recognises %j as a header line', (text) => {
    expect(isHeaderLine(text)).toBe(true);
  });

  it.each(['', '综', '地区生产总值(亿元)', '预期性'])('does not take %j for a header', (text) => {
    expect(isHeaderLine(text)).toBe(false);
  });

  it('reports the verdict column and 实际数', () => {
    const lines = ['指标名称 2015 年', '2020 年', '属性 完成情况', '实际数', '地区生产总值'].map(
      (text, index) => ({ line: index + 1, text }),
    );
    expect(readHeader(lines)).toEqual({
      header: { hasVerdict: true, actualIsFinal: true },
      bodyStart: 4,
    });
  });
});
