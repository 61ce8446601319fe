import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyTarget } from '../../../shared/parsing/classifyTarget';
import { parseBaseValue } from '../../../shared/parsing/parseBaseValue';
import { parseCell } from '../../../shared/parsing/parseCell';
import { splitNameAndUnit } from '../../../shared/parsing/splitNameAndUnit';

// Cell texts built from the characters plan tables are made of, so the generator reaches the
// interesting branches (brackets, 左右, colons, full-width forms) rather than only noise.
const PIECES = [
  '[',
  ']',
  '［',
  '］',
  '-',
  '—',
  '--',
  ':',
  '：',
  '.',
  '．',
  '*',
  '%',
  ' ',
  '　',
  '左右',
  '以内',
  '以上',
  '不低于',
  '<',
  '>',
  '≤',
  '≥',
  '保持稳定',
  '按省下达',
  '下降',
  '高于GDP增长',
  '（',
  '）',
  '(',
  ')',
  '亿元',
  '0',
  '1',
  '7',
  '9',
  '１',
  '２',
];
const cellText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
);

describe('cell parsing on garbled input', () => {
  it('never throws, and always yields a known cell type', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const cell = parseCell(text);
        expect(['empty', 'number', 'bracket', 'structure', 'text']).toContain(cell.type);
        parseBaseValue(text, { baseYear: 2020, isEstimate: true });
        splitNameAndUnit(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('always decides a target kind for any row of cells', () => {
    fc.assert(
      fc.property(cellText, cellText, cellText, cellText, (name, base, target, growth) => {
        const decision = classifyTarget({
          name,
          unit: '%',
          baseRaw: base,
          targetRaw: target,
          growthRaw: growth,
        });
        expect(typeof decision.target.kind).toBe('string');
        for (const warning of decision.warnings) expect(warning.message).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 2000 },
    );
  });
});
