/**
 * Properties of reading a block pasted from Excel or WPS (issue 7「Robustness」), beyond the
 * printable round trip in parseTabularPaste.test.ts: cells holding tabs, line breaks and quotes
 * come back exactly, and any clipboard text at all gives a rectangle without an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTabularPaste } from '../../../shared/values/parseTabularPaste';

/** A cell as Excel writes it to the clipboard: quoted when it holds a tab, a line break or a quote. */
function excelCell(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

describe('parseTabularPaste on any clipboard text', () => {
  it('gives back cells holding tabs, line breaks, quotes and formula-like texts', () => {
    const cell = fc.string({
      unit: fc.constantFrom('\t', '\n', '\r\n', '"', ' ', '=', '-', '1', '.', '汉', '，'),
      maxLength: 8,
    });
    const block = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 5,
      }),
    );
    fc.assert(
      fc.property(block, (rows) => {
        const text = rows.map((row) => row.map(excelCell).join('\t')).join('\r\n') + '\r\n';
        expect(parseTabularPaste(text)).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and always returns a rectangle of cells', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom('\t', '\n', '\r', '"', 'a', '1'), maxLength: 60 }),
    );
    fc.assert(
      fc.property(text, (input) => {
        const rows = parseTabularPaste(input);
        const widths = new Set(rows.map((row) => row.length));
        expect(widths.size).toBeLessThanOrEqual(1);
        expect(rows.flat().join('').length).toBeLessThanOrEqual(input.length);
      }),
      { numRuns: 300 },
    );
  });
});
