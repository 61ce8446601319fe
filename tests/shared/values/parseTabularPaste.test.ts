import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTabularPaste } from '../../../shared/values/parseTabularPaste';

describe('parseTabularPaste', () => {
  it('splits an Excel block with CRLF rows and a trailing line break', () => {
    expect(parseTabularPaste('1102.3\t1,192.6\r\n3.2\t3.1\r\n')).toEqual([
      ['1102.3', '1,192.6'],
      ['3.2', '3.1'],
    ]);
  });

  it('accepts LF rows and no trailing line break', () => {
    expect(parseTabularPaste('957.14\n65.02')).toEqual([['957.14'], ['65.02']]);
  });

  it('keeps empty cells and pads short rows to a rectangle', () => {
    expect(parseTabularPaste('1\t\t3\r\n4\r\n')).toEqual([
      ['1', '', '3'],
      ['4', '', ''],
    ]);
  });

  it('reads quoted cells with embedded tabs, line breaks and doubled quotes', () => {
    const text = '"城镇登记\n失业率"\t"a\tb"\t"说""明"\r\n3.12\t\t\r\n';
    expect(parseTabularPaste(text)).toEqual([
      ['城镇登记\n失业率', 'a\tb', '说"明'],
      ['3.12', '', ''],
    ]);
  });

  it('reads a quote that does not close a cell literally', () => {
    expect(parseTabularPaste('"约"5\t6')).toEqual([['"约"5', '6']]);
    expect(parseTabularPaste('"open\t7')).toEqual([['"open', '7']]);
  });

  it('returns no rows for an empty paste and one empty cell for a lone line break', () => {
    expect(parseTabularPaste('')).toEqual([]);
    expect(parseTabularPaste('\r\n')).toEqual([['']]);
  });

  it('round-trips any block written the way Excel writes it', () => {
    const cell = fc.string({ maxLength: 6 }).map((text) => text.replace(/\r/g, ''));
    const block = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 5,
      }),
    );
    fc.assert(
      fc.property(block, (rows) => {
        const quote = (text: string): string =>
          /[\t\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
        const text = rows.map((row) => row.map(quote).join('\t')).join('\r\n') + '\r\n';
        expect(parseTabularPaste(text)).toEqual(rows);
      }),
    );
  });
});
