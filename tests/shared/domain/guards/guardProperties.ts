import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Guard } from '../../../../shared/domain/guards/guardCore';
import { fieldOf, leafPaths, withMember } from './guardArbitraries';

/** Values that are wrong in any field of any row (every field holds a bounded primitive). */
const ALWAYS_WRONG: readonly unknown[] = [
  Number.NaN,
  Number.NEGATIVE_INFINITY,
  {},
  { kind: 'x' },
  'x'.repeat(1_000_001),
];

/**
 * The three properties every guard has: it accepts every well-formed row; with one field
 * poisoned it names that field (or a member of it); on any JSON at all it answers without throwing.
 */
export function itHasGuardProperties(guard: Guard, rows: fc.Arbitrary<unknown>): void {
  it('accepts every well-formed row', () => {
    fc.assert(
      fc.property(rows, (row) => {
        expect(guard(row)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('names the one poisoned field of a row', () => {
    const poisoned = rows.chain((row) =>
      fc.tuple(
        fc.constant(row),
        fc.constantFrom(...leafPaths(row)),
        fc.constantFrom(...ALWAYS_WRONG),
      ),
    );
    fc.assert(
      fc.property(poisoned, ([row, path, poison]) => {
        fc.pre(path.length > 0);
        const issue = guard(withMember(row, path, poison));
        // A null member replaced by an object is reported at the object's first missing member.
        expect(issue?.field.startsWith(fieldOf(path))).toBe(true);
        expect(issue?.message).toMatch(/[\u4e00-\u9fff]/);
        expect(issue?.message.length).toBeLessThan(300);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any JSON and answers in Chinese', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const issue = guard(value);
        if (issue) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 300 },
    );
  });
}
