import { describe, expect, it } from 'vitest';
import { readValueStatus } from '../../../shared/values/readValueStatus';

describe('readValueStatus', () => {
  it('reads the four statuses written in full', () => {
    expect(['预计数', '快报数', '年报数', '核实数'].map(readValueStatus)).toEqual([
      '预计数',
      '快报数',
      '年报数',
      '核实数',
    ]);
  });

  it('reads them written short, with spaces, or as 「…数据」', () => {
    expect(readValueStatus('年报')).toBe('年报数');
    expect(readValueStatus(' 快　报 ')).toBe('快报数');
    expect(readValueStatus('核实数据')).toBe('核实数');
  });

  it('refuses other words and blanks', () => {
    expect(readValueStatus('')).toBeNull();
    expect(readValueStatus('年')).toBeNull();
    expect(readValueStatus('统计数')).toBeNull();
    expect(readValueStatus('年报数数')).toBeNull();
  });
});
