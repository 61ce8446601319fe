import { describe, expect, it } from 'vitest';
import { median } from '../../../scripts/bench/browserMedian';

describe('median', () => {
  it('takes the middle run, the upper middle for an even count, NaN for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBeNaN();
  });
});
