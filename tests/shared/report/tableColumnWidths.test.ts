import { describe, expect, it } from 'vitest';
import {
  columnWidths,
  PADDING_TWIPS,
  textTwips,
  unbreakableTwips,
} from '../../../shared/report/tableColumnWidths';
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
      // What is left once no number wraps: about five characters beside the forecast column.
      name: 1246,
      unit: 1250,
      // Five flexible columns scaled to fit, each kept at its longest number ([18-22] at 1112).
      base: 982,
      target: 982,
      growth: 1112,
      'actual:2021': 982,
      'actual:2022': 982,
      timeProgress: 1040,
      taskProgress: 1040,
      verdict: 1250,
      // 2025年预计: four characters (超额完成, 难度较大), kept whole like the verdict.
      forecast: 1040,
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

describe('columnWidths with many long numbers', () => {
  it('never squeezes a column below its longest digit run', () => {
    const base = jdzMidtermReport().table;
    // Twelve year columns of 「12,345.67」 on a portrait-width page: far too much to fit.
    const years = Array.from({ length: 12 }, (_, index) => ({
      key: `actual:${2010 + index}`,
      label: `${2010 + index}年`,
      group: '各年实际值',
    }));
    const cell = { text: '12,345.67', value: 12345.67, decimals: 2, format: 'number' as const };
    const table = {
      ...base,
      columns: [...base.columns.slice(0, 6), ...years],
      rows: base.rows.map((row) => ({
        ...row,
        cells: [...row.cells.slice(0, 6), ...years.map(() => cell)],
      })),
    };
    const widths = columnWidths(table, 9000);
    const floor = unbreakableTwips('12,345.67') + PADDING_TWIPS;
    expect(floor).toBe(1372);
    expect(widths.slice(6)).toEqual(Array<number>(12).fill(floor));
    expect(unbreakableTwips('[7.66]左右')).toBe(textTwips('[7.66]'));
  });
});
