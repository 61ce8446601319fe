/**
 * Properties of the actuals CSV (issue 7「Robustness」): what formatActualsCsv writes,
 * parseActualsCsv reads back exactly — formula-like texts neutralised on the way out and restored
 * on the way in (docs/decisions/0013) — and any text at all is answered without an exception, in
 * Chinese and with the line, when it is not usable.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActualValue } from '../../../shared/domain/actualValue';
import { MEASURES, VALUE_STATUSES } from '../../../shared/domain/actualValue';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { parseActualsCsv } from '../../../shared/importers/actualsCsv';
import { formatActualsCsv } from '../../../shared/importers/actualsCsvWrite';

const jdz = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
const { indicators } = jdz;
const HAN = /[\u4e00-\u9fff]/;

/** Free text as a person types it; the reader trims cells, so the text is trimmed here too. */
const freeText = fc
  .oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    // The characters CSV quoting is about, and the full-width space trim also removes.
    fc.string({
      unit: fc.constantFrom('\r', '\n', '\t', '"', ',', '\u3000', "'", '=', '汉'),
      maxLength: 10,
    }),
    fc
      .tuple(
        fc.constantFrom('=', '+', '-', '@', "'", "''=", '"', '＝'),
        fc.string({ maxLength: 8 }),
      )
      .map(([start, rest]) => start + rest),
  )
  .map((text) => text.trim());

const actualValue = fc
  .record({
    indicatorId: fc.constantFrom(...indicators.map((indicator) => indicator.id)),
    year: fc.integer({ min: 2015, max: 2030 }),
    measure: fc.constantFrom(...MEASURES),
    value: fc.oneof(
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    ),
    status: fc.constantFrom(...VALUE_STATUSES),
    source: freeText,
    note: freeText,
  })
  .map((value): ActualValue => ({ ...value })); // fast-check records have no prototype

describe('formatActualsCsv → parseActualsCsv properties', () => {
  it('gives back every value exactly, in order', () => {
    fc.assert(
      fc.property(fc.array(actualValue, { maxLength: 20 }), (values) => {
        const result = parseActualsCsv(formatActualsCsv(values, indicators), indicators);
        if (!result.ok) throw new Error(result.error.message);
        expect(result.value.values).toStrictEqual(values);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseActualsCsv on any text', () => {
  const pieces = fc.constantFrom(
    'indicator,year,value,measure',
    '指标,年份,数值,口径,状态,来源,备注',
    '地区生产总值（GDP）',
    '三产比例',
    '2021',
    '2022年',
    '1,102.3',
    '"1,102.3"',
    '6.9:42.6:50.5',
    'growth',
    'constructor',
    '__proto__',
    '核实数',
    '=1+1',
    '1e999',
    ',',
    '"',
    '\n',
    '\r\n',
    '\uFEFF',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')),
    fc
      .array(pieces, { maxLength: 40 })
      .map((parts) => `indicator,year,value,measure\n${parts.join('')}`),
  );

  it('never throws, and explains every refusal in Chinese with its line', () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = parseActualsCsv(input, indicators, { file: 'a.csv' });
        if (result.ok) {
          for (const value of result.value.values) expect(Number.isFinite(value.value)).toBe(true);
          return;
        }
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(problem.message).toMatch(HAN);
          expect(problem.location?.line).toBeGreaterThanOrEqual(1);
          expect(problem.location?.file).toBe('a.csv');
        }
      }),
      { numRuns: 500 },
    );
  });
});
