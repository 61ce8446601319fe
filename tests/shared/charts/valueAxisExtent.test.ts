import { describe, expect, it } from 'vitest';
import { valueAxisExtent } from '../../../shared/charts/valueAxisExtent';

describe('valueAxisExtent', () => {
  it('leaves room around GDP 957.14 → 1342.4 with round ticks', () => {
    expect(valueAxisExtent([957.14, 1102.3, 1342.4385, 1200])).toEqual({
      min: 900,
      max: 1400,
      interval: 100,
    });
  });

  it('keeps decimals clean for shares (65.02 → 68.02)', () => {
    expect(valueAxisExtent([65.02, 65.8, 66.4, 68.02])).toEqual({ min: 64, max: 69, interval: 1 });
  });

  it('does not go below 0 for non-negative values, and pads a single value', () => {
    expect(valueAxisExtent([0.2, 3.3])).toEqual({ min: 0, max: 4, interval: 1 });
    expect(valueAxisExtent([7])).toEqual({ min: 6.8, max: 7.2, interval: 0.2 });
    expect(valueAxisExtent([])).toBeNull();
  });

  it('extends below 0 for falls', () => {
    expect(valueAxisExtent([-2.7, 1.5])).toEqual({ min: -4, max: 3, interval: 1 });
  });
});
