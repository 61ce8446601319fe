import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTooDeep, formatPath } from '../../../../shared/domain/guards/nestingDepth';

describe('findTooDeep', () => {
  it('measures 200,000 levels without a RangeError', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) as unknown;
    expect(findTooDeep(deep, 40)?.depth).toBe(41);
  });

  it('gives the path of the first container past the limit', () => {
    const value = { a: [1, { b: { c: [[]] } }] };
    expect(findTooDeep(value, 4)).toEqual({ path: ['a', 1, 'b', 'c'], depth: 5 });
    expect(findTooDeep(value, 6)).toBeNull();
    expect(formatPath(['tables', 'settings', 0, 'value', 0])).toBe('tables.settings[0].value[0]');
  });

  it('agrees with a recursive depth on any JSON', () => {
    const depthOf = (value: unknown): number =>
      typeof value === 'object' && value !== null
        ? 1 + Math.max(0, ...Object.values(value).map(depthOf))
        : 0;
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 6 }), (value, limit) => {
        expect(findTooDeep(value, limit) === null).toBe(depthOf(value) <= limit);
      }),
      { numRuns: 300 },
    );
  });
});
