import { describe, expect, it } from 'vitest';
import { impliedBracketGrowth } from '../../../shared/parsing/bracketGrowthRule';

describe('impliedBracketGrowth', () => {
  // 000 lines 313 and 326: the planned and achieved brackets of 景德镇's income rows.
  it('returns the compound growth when it matches the bracket and base + x misses the level', () => {
    const urban = { unit: '元', base: 29288, level: 45000, value: 9, years: 5 };
    expect(impliedBracketGrowth(urban)).toBeCloseTo(8.9694, 4);
    expect(impliedBracketGrowth({ ...urban, level: 42283, value: 7.6 })).toBeCloseTo(7.6206, 4);
    // (21000/12817)^(1/5) − 1 = 10.38 %, within 0.5 points of [10].
    const rural = { unit: '元', base: 12817, level: 21000, value: 10, years: 5 };
    expect(impliedBracketGrowth(rural)).toBeCloseTo(10.379, 3);
  });

  it('returns null for %, for a change that reaches the level, and outside the tolerance', () => {
    expect(impliedBracketGrowth({ unit: '%', base: 40, level: 49.7, value: 4.5, years: 5 })).toBe(
      null,
    );
    expect(
      impliedBracketGrowth({ unit: '万立方米', base: 5060, level: 6000, value: 940, years: 5 }),
    ).toBe(null);
    expect(
      impliedBracketGrowth({ unit: '元', base: 12817, level: 21000, value: 9.8, years: 5 }),
    ).toBe(null);
    expect(
      impliedBracketGrowth({ unit: '元', base: null, level: 21000, value: 10, years: 5 }),
    ).toBe(null);
    expect(impliedBracketGrowth({ unit: '元', base: 100, level: 100, value: 0, years: 5 })).toBe(
      null,
    );
  });
});
