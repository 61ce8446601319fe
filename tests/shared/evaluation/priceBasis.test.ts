import { describe, expect, it } from 'vitest';
import { priceBasisOf } from '../../../shared/evaluation/priceBasis';

describe('priceBasisOf', () => {
  it('reads GDP and value added, and their growth, as comparable-price measures', () => {
    for (const name of [
      '地区生产总值（GDP）',
      '地区生产总值GDP',
      '国内生产总值增长',
      '人均地区生产总值',
      '规模以上工业增加值增速',
      '服务业增加值年均增长',
      'GDP',
    ]) {
      expect(priceBasisOf(name), name).toBe('comparable');
    }
  });

  it('reads names that only mention GDP, and nominal totals, as plain', () => {
    for (const name of [
      '财政总收入',
      '一般公共预算收入',
      '全市总人口',
      '社会消费品零售总额',
      '固定资产投资增速',
      '单位GDP能耗降低',
      '亿元生产总值生产安全事故死亡率',
      '高新技术产业增加值占GDP比重',
      '居民人均可支配收入',
    ]) {
      expect(priceBasisOf(name), name).toBe('plain');
    }
  });
});
