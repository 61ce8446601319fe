import { describe, expect, it } from 'vitest';
import {
  decimalsOf,
  formatAsWritten,
  formatChange,
  formatNumber,
  formatPeriod,
  formatRatioPercent,
  formatUpTo,
  formatYear,
} from '../../../shared/lib/formatNumber';

describe('formatNumber', () => {
  it('keeps the written precision and groups large values', () => {
    expect(decimalsOf(957.14)).toBe(2);
    expect(decimalsOf(1200)).toBe(0);
    expect(formatAsWritten(957.14)).toBe('957.14');
    expect(formatAsWritten(33632)).toBe('33,632');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    // Grouping follows the rounded digits: 9999.96 shows five whole digits, so it is grouped.
    expect(formatNumber(9999.96, 1)).toBe('10,000.0');
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

  it('rounds half away from zero on the decimal as written, like Excel (decision 0040)', () => {
    expect(formatNumber(1.15, 1)).toBe('1.2');
    expect(formatNumber(1.25, 1)).toBe('1.3');
    expect(formatNumber(2.675, 2)).toBe('2.68');
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(31.25, 1)).toBe('31.3');
    expect(formatNumber(0.5, 0)).toBe('1');
    expect(formatNumber(2.5, 0)).toBe('3');
    expect(formatNumber(-1.15, 1)).toBe('-1.2');
    expect(formatNumber(-2.675, 2)).toBe('-2.68');
    expect(formatNumber(-0.5, 0)).toBe('-1');
    expect(formatNumber(0.1 + 0.2, 2)).toBe('0.30');
  });

  it('shows zero without a sign and keeps large values exact', () => {
    expect(formatNumber(0, 1)).toBe('0.0');
    expect(formatNumber(-0, 0)).toBe('0');
    expect(formatNumber(-0.049, 1)).toBe('0.0');
    expect(formatNumber(1234, 0)).toBe('1234');
    expect(formatNumber(12345, 0)).toBe('12,345');
    expect(formatNumber(-12345.65, 1)).toBe('-12,345.7');
    expect(formatNumber(123456789012.35, 1)).toBe('123,456,789,012.4');
    expect(formatNumber(1e21, 0)).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumber(Number.NaN, 1)).toBe('NaN');
  });

  it('drops trailing zeros when asked, with the same rounding', () => {
    expect(formatUpTo(7.25, 1)).toBe('7.3');
    expect(formatUpTo(7.04, 1)).toBe('7');
    expect(formatUpTo(-1.15, 1)).toBe('-1.2');
    expect(formatUpTo(20, 1)).toBe('20');
    expect(formatUpTo(12345.25, 1)).toBe('12,345.3');
  });

  it('decides 持平 on the shown digits', () => {
    expect(formatChange(0.15 - 0.1, { kind: 'growth' })).toBe('增长0.1%');
    expect(formatChange(-0.05, { kind: 'points' })).toBe('降低0.1个百分点');
    expect(formatChange(-0.049, { kind: 'points' })).toBe('持平');
    expect(formatChange(1.15, { kind: 'ratio', decimals: 1 })).toBe('提高1.2');
  });
});
