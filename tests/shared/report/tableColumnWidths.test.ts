import { describe, expect, it } from 'vitest';
import { columnWidths, textTwips } from '../../../shared/report/tableColumnWidths';
import { jdzMidtermReport, seedReport } from './reportFixture';

describe('textTwips', () => {
  it('counts a CJK character as 五号 wide and a digit as 0.62 of it', () => {
    expect(textTwips('需人工研判')).toBe(1050);
    expect(textTwips('40.0%')).toBe(651);
    expect(textTwips('')).toBe(0);
  });
});

describe('columnWidths', () => {
  const table = jdzMidtermReport().table;
  const byKey = (widths: readonly number[]) =>
    Object.fromEntries(table.columns.map((column, index) => [column.key, widths[index]]));

  it('keeps short columns whole and lets the plan texts give way on a landscape page', () => {
    const widths = columnWidths(table, 13776);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(13776);
    expect(byKey(widths)).toEqual({
      category: 1040,
      // The eight-character minimum, plus what rounding leaves.
      name: 1884,
      unit: 1250,
      // Five flexible columns of 1250, 1250, 1112 ([18-22]), 1250, 1250 scaled by 5446 / 6112.
      base: 1113,
      target: 1113,
      growth: 990,
      'actual:2021': 1113,
      'actual:2022': 1113,
      timeProgress: 1040,
      taskProgress: 1040,
      verdict: 1250,
      attribute: 830,
    });
  });

  it('gives the name what is left when everything fits', () => {
    const widths = columnWidths(
      seedReport({ key: 'jdz-13c', year: 2020, mode: 'final' }).table,
      13776,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBe(13776);
    expect(widths[0]).toBeGreaterThan(3000);
  });
});
