import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import {
  decimalFormat,
  indicatorDecimals,
  percentFormat,
  reportCellFormat,
} from '../../../shared/report/xlsxNumberFormat';

const jdz = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;

describe('indicatorDecimals', () => {
  it('reads the decimals from how the plan wrote the base and target', () => {
    const byOrder = (order: number) => {
      const found = jdz.indicators.find((indicator) => indicator.order === order);
      if (!found) throw new Error(`no indicator ${order}`);
      return indicatorDecimals(found);
    };
    // 957.14 / 1200; [7.66] / --; 7.1:43.1:49.8 / 6.5:41.5:52; 68.05* / --; 33632 / 46000.
    expect([1, 3, 11, 13, 24].map(byOrder)).toEqual([2, 2, 1, 2, 0]);
    // 耕地保有量: -- / 确保数量不减，质量提升.
    expect(byOrder(16)).toBeNull();
    expect(indicatorDecimals({ baseRaw: '１.２３４', targetRaw: '11 左右' })).toBe(3);
  });
});

describe('number formats', () => {
  it('mirror formatNumber: separators from 10,000 on, the decimals asked for', () => {
    expect(decimalFormat(957.14, 2)).toBe('0.00');
    expect(decimalFormat(1200, 0)).toBe('0');
    expect(decimalFormat(33632, 0)).toBe('#,##0');
    expect(decimalFormat(-12345.6, 1)).toBe('#,##0.0');
    expect(decimalFormat(9999.99, 9)).toBe('0.000000');
    expect(percentFormat(1)).toBe('0.0%');
    expect(percentFormat(0)).toBe('0%');
  });

  it('shows the digits the Word cell shows: 10.9 stays 10.9, 1102.3 beside 957.14 too', () => {
    const cell = { text: '10.9', value: 10.9, decimals: 1, format: 'number' } as const;
    expect(reportCellFormat(cell)).toBe('0.0');
    expect(reportCellFormat({ text: '33,632', value: 33632, decimals: 0, format: 'number' })).toBe(
      '#,##0',
    );
    const percent = { text: '40.0%', value: 0.4, decimals: 1, format: 'percent' } as const;
    expect(reportCellFormat(percent)).toBe('0.0%');
    const text = { text: '—', value: null, decimals: 0, format: 'text' } as const;
    expect(reportCellFormat(text)).toBeNull();
  });
});
