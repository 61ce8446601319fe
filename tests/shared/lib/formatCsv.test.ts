import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvField } from '../../../shared/lib/formatCsv';
import { restoreNeutralizedText } from '../../../shared/lib/neutralizeFormula';
import { parseCsv } from '../../../shared/lib/parseCsv';

describe('formatCsv', () => {
  it('writes a BOM, CRLF rows, quotes where needed and numbers as numbers', () => {
    expect(
      formatCsv([
        ['指标', 'year'],
        ['地区生产总值（GDP）', 2021],
        ['说"明,1', -3.2],
      ]),
    ).toBe('\uFEFF指标,year\r\n地区生产总值（GDP）,2021\r\n"说""明,1",-3.2\r\n');
  });

  it('neutralises formula-like texts but keeps negative numbers numeric', () => {
    expect(formatCsvField('=1+1')).toBe("'=1+1");
    expect(formatCsvField('-3.2')).toBe("'-3.2");
    expect(formatCsvField(-3.2)).toBe('-3.2');
    expect(formatCsvField('=A1,"x"')).toBe('"\'=A1,""x"""');
    expect(formatCsvField(null)).toBe('');
  });

  it('refuses NaN and infinite numbers', () => {
    expect(() => formatCsvField(Number.NaN)).toThrow(RangeError);
    expect(() => formatCsvField(Number.POSITIVE_INFINITY)).toThrow('非有限数值');
  });

  it('reads back with parseCsv to the same texts and numbers', () => {
    const text = fc.string({ maxLength: 10 }).filter((value) => value.trim() !== '');
    const cell = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          const read = parseCsv(formatCsv(rows)).map((record) => record.cells);
          expect(read.map((row) => row.length)).toEqual(rows.map((row) => row.length));
          read.forEach((row, index) =>
            row.forEach((written, column) => {
              const original = rows[index]?.[column];
              if (typeof original === 'number')
                expect(Number(written)).toBe(original === 0 ? 0 : original);
              else expect(restoreNeutralizedText(written)).toBe(original);
            }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
