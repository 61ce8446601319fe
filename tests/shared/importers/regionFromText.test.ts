import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelOf, regionFromText } from '../../../shared/importers/regionFromText';

describe('regionFromText', () => {
  it('reads the place from the title line of the real plans', () => {
    const doc = (name: string) => readFileSync(`tests/fixtures/source-docs/${name}`, 'utf8');
    expect(regionFromText(doc('000_fcb2957cab32a824.txt'))).toEqual({
      region: '景德镇市',
      level: '市',
    });
    expect(regionFromText(doc('001_92046d1ee9d50d5a.txt'))).toEqual({
      region: '昌江区',
      level: '区县',
    });
  });

  it('reads spaced titles and gives null when no line names a place', () => {
    expect(regionFromText('  江 西 省国民经济和社会发展第十四个五年规划')).toEqual({
      region: '江西省',
      level: '省',
    });
    expect(regionFromText('关于制定国民经济和社会发展第十四个五年规划的建议')).toBeNull();
    expect(regionFromText('地区生产总值 亿元 1200')).toBeNull();
    expect(levelOf('恩施土家族苗族自治州')).toBe('市');
    expect(levelOf('浮梁县')).toBe('区县');
  });
});
