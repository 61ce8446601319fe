import { describe, expect, it } from 'vitest';
import { parseBaseValue } from '../../../shared/parsing/parseBaseValue';

const context = { baseYear: 2020, isEstimate: true };

describe('parseBaseValue', () => {
  it('reads a plain base value as an estimate of the base year', () => {
    expect(parseBaseValue('957.14', context)).toEqual({
      value: 957.14,
      year: 2020,
      isEstimate: true,
      isOtherYear: false,
      isPeriodAverage: false,
      isApproximate: false,
    });
  });

  it('reads flags: * (2019), [x] (period average), 左右, and empty cells', () => {
    expect(parseBaseValue('68.05*', context)).toMatchObject({
      value: 68.05,
      year: 2019,
      isOtherYear: true,
    });
    expect(parseBaseValue('[7.66]', context)).toMatchObject({ value: 7.66, isPeriodAverage: true });
    expect(parseBaseValue('[ ]', context)).toMatchObject({ value: null, isPeriodAverage: true });
    expect(parseBaseValue('1.1左右', context)).toMatchObject({ value: 1.1, isApproximate: true });
    expect(parseBaseValue('--', context)).toMatchObject({ value: null, isOtherYear: false });
    expect(parseBaseValue('7.1:43.1:49.8', context)).toMatchObject({ value: null });
  });
});
