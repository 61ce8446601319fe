import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  guardActualValue,
  guardActualValueRow,
} from '../../../../shared/domain/guards/guardActualValue';
import { actualValue, idText } from './guardArbitraries';
import { itHasGuardProperties } from './guardProperties';

const value = {
  indicatorId: 'p/001',
  year: 2021,
  measure: 'value',
  value: 1102.3,
  status: '快报数',
  source: '市统计局',
  note: '',
};

describe('guardActualValue', () => {
  itHasGuardProperties(guardActualValue, actualValue);

  it.each([
    [{ year: 1e15 }, 'year', '应为 1900–2100 之间的整数年份（现为「1000000000000000」）'],
    [{ year: 1899 }, 'year', '应为 1900–2100 之间的整数年份（现为「1899」）'],
    [{ value: '3,5' }, 'value', '应为数字（现为「3,5」）'],
  ])('refuses %j', (change, field, message) => {
    expect(guardActualValue({ ...value, ...change })).toEqual({ field, message });
  });
});

describe('guardActualValueRow', () => {
  itHasGuardProperties(
    guardActualValueRow,
    fc.tuple(actualValue, idText).map(([row, planId]) => ({ planId, ...row })),
  );
});
