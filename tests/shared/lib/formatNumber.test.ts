import { describe, expect, it } from 'vitest';
import {
  decimalsOf,
  formatAsWritten,
  formatChange,
  formatNumber,
  formatPeriod,
  formatRatioPercent,
  formatYear,
} from '../../../shared/lib/formatNumber';

describe('formatNumber', () => {
  it('keeps the written precision and groups large values', () => {
    expect(decimalsOf(957.14)).toBe(2);
    expect(decimalsOf(1200)).toBe(0);
    expect(formatAsWritten(957.14)).toBe('957.14');
    expect(formatAsWritten(33632)).toBe('33,632');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(9999.96, 1)).toBe('10000.0');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
    expect(formatNumber(-2.75, 1)).toBe('-2.8');
  });

  it('words changes as 增长/下降, 提高/降低…个百分点, 增加/减少, never +-', () => {
    expect(formatChange(7.4, { kind: 'growth' })).toBe('增长7.4%');
    expect(formatChange(-2.7, { kind: 'growth' })).toBe('下降2.7%');
    expect(formatChange(0.6, { kind: 'points' })).toBe('提高0.6个百分点');
    expect(formatChange(-0.3, { kind: 'points' })).toBe('降低0.3个百分点');
    expect(formatChange(2.2, { kind: 'amount', unit: '件', decimals: 1 })).toBe('增加2.2件');
    expect(formatChange(-12000, { kind: 'amount', unit: '元', decimals: 0 })).toBe('减少12,000元');
    expect(formatChange(0.04, { kind: 'growth' })).toBe('持平');
  });

  it('writes years, periods and ratios', () => {
    expect(formatYear(2022)).toBe('2022年');
    expect(formatPeriod(2021, 2025)).toBe('2021—2025年');
    expect(formatPeriod(2025, 2025)).toBe('2025年');
    expect(formatRatioPercent(1.00592)).toBe('100.6%');
  });
});
