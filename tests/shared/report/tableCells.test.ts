import { describe, expect, it } from 'vitest';
import type { ReportIndicatorData } from '../../../shared/report/reportDocument';
import { actualCell, numberCell, percentCell, rawCell } from '../../../shared/report/tableCells';
import { makeActual, makeBase, makeIndicator } from '../../helpers/makeIndicator';

describe('rawCell', () => {
  it('keeps plain numbers numeric with the plan decimals', () => {
    expect(rawCell('957.14')).toEqual({
      text: '957.14',
      value: 957.14,
      decimals: 2,
      format: 'number',
    });
    expect(rawCell('33632')).toEqual({
      text: '33,632',
      value: 33632,
      decimals: 0,
      format: 'number',
    });
    expect(rawCell('96.50')).toEqual({ text: '96.50', value: 96.5, decimals: 2, format: 'number' });
    expect(rawCell('-0.05').value).toBe(-0.05);
  });

  it('keeps any other plan text as written, spaces squeezed, and dashes as —', () => {
    expect(rawCell('7 左右')).toMatchObject({ text: '7左右', value: null, format: 'text' });
    expect(rawCell('68.05*').text).toBe('68.05*');
    expect(rawCell('[7.66]').text).toBe('[7.66]');
    expect(['--', '', ' ', '[]', '［ ］', '—'].map((raw) => rawCell(raw).text)).toEqual([
      '—',
      '—',
      '—',
      '—',
      '—',
      '—',
    ]);
  });
});

describe('numberCell and percentCell', () => {
  it('format with separators and one decimal in per cent', () => {
    expect(numberCell(38510).text).toBe('38,510');
    expect(numberCell(10.05).decimals).toBe(2);
    expect(percentCell(0.4)).toEqual({ text: '40.0%', value: 0.4, decimals: 1, format: 'percent' });
    expect(percentCell(-0.65).text).toBe('-65.0%');
    expect(percentCell(null).text).toBe('—');
  });
});

describe('actualCell', () => {
  const entryOf = (unit: string, base: number | null, value: number) => {
    const indicator = makeIndicator({ unit, base: makeBase(base) });
    return {
      indicator,
      evaluation: {} as ReportIndicatorData['evaluation'],
      actuals: [makeActual(indicator.id, 2022, value)],
      components: [],
    };
  };

  it('shows a whole rate with one decimal when the base has decimals (6 → 6.0 beside 6.5)', () => {
    expect(actualCell(entryOf('%', 6.5, 6), 2022).text).toBe('6.0');
    expect(actualCell(entryOf('%', 6.5, 6.35), 2022).text).toBe('6.35');
    expect(actualCell(entryOf('%', 6, 6), 2022).text).toBe('6');
    expect(actualCell(entryOf('亿元', 957.14, 1200), 2022).text).toBe('1200');
  });

  it('says — for a year without a value', () => {
    expect(actualCell(entryOf('%', 6.5, 6), 2023).text).toBe('—');
  });
});
