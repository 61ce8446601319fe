import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatUpTo } from '../../../shared/lib/formatNumber';

/** The rule of decision 0040 written with Intl alone: the reference the fast path must match. */
function byIntl(value: number, minDecimals: number, maxDecimals: number): string {
  return new Intl.NumberFormat('en-US', {
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: maxDecimals,
    roundingMode: 'halfExpand',
    useGrouping: 'min2',
    signDisplay: 'negative',
  }).format(value.toPrecision(15) as `${number}`);
}

const values = fc.oneof(
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000),
  fc.integer({ min: -99_999, max: 99_999 }).map((n) => n / 200),
  fc.constantFrom(0, -0, 0.5, -0.5, 9.995, 99_999.95, 2.675, 1.005, 1e-7, 1e21, -1e-9),
);

// Decision 0040: the fast paths (arithmetic away from a half, the decimal text near one) must give
// exactly Intl's digits.
describe('formatNumber’s own rounding', () => {
  it('gives the digits Intl.NumberFormat gives, for any value and number of decimals', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 8 }), (value, decimals) => {
        expect(formatNumber(value, decimals)).toBe(byIntl(value, decimals, decimals));
        expect(formatUpTo(value, decimals)).toBe(byIntl(value, 0, decimals));
      }),
      { numRuns: 5000 },
    );
  });
});
