import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/lib/parseCsv';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, CRLF, a BOM and skips blank lines with their line numbers', () => {
    const text =
      '\uFEFFindicator,year,value\r\n"地区生产总值（GDP）",2022,"1,102.3"\r\n\r\n"说""明",2023,5\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['indicator', 'year', 'value'] },
      { line: 2, cells: ['地区生产总值（GDP）', '2022', '1,102.3'] },
      { line: 4, cells: ['说"明', '2023', '5'] },
    ]);
  });

  it('counts lines inside quoted fields', () => {
    expect(parseCsv('a,"x\ny"\nb,c').map((r) => r.line)).toEqual([1, 3]);
  });
});
