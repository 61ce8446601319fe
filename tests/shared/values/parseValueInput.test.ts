import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValueInput } from '../../../shared/values/parseValueInput';

describe('parseValueInput', () => {
  it.each([
    ['1200', 1200],
    ['957.14', 957.14],
    ['  957.14  ', 957.14],
    ['１２００', 1200],
    ['９５７．１４', 957.14],
    ['1,234.5', 1234.5],
    ['1，234.5', 1234.5],
    ['12,345,678', 12345678],
    ['3.12%', 3.12],
    ['３．１２％', 3.12],
    ['3.12 %', 3.12],
    ['−0.05', -0.05],
    ['－0.05', -0.05],
    ['-0.05', -0.05],
    ['- 2.7', -2.7],
    ['+7.4', 7.4],
    ['.5', 0.5],
    ['3。5', 3.5],
    ['\u00a066.46\u3000', 66.46],
    ['-0', 0],
    ['1.5E+3', 1500],
    ['1e5', 100000],
    ['2.5e-3', 0.0025],
  ])('reads %j as %d', (text, expected) => {
    expect(parseValueInput(text)).toEqual({
      ok: true,
      value: { kind: 'number', value: expected },
      warnings: [],
    });
  });

  it.each(['', '   ', '\u3000', '\t'])('clears the cell for %j', (text) => {
    expect(parseValueInput(text)).toEqual({ ok: true, value: { kind: 'clear' }, warnings: [] });
  });

  it('refuses text with a message naming the cell text', () => {
    expect(parseValueInput('约 5')).toEqual({
      ok: false,
      error: {
        message: '「约 5」不是数值：请只填写数字，可带千分位逗号或百分号',
        location: { cellText: '约 5' },
      },
    });
  });

  it.each([
    '1.2.3',
    '5 6',
    '7 左右',
    '[2.2]',
    '1,23',
    '12,34.5',
    'e5',
    '1e',
    '1,23e4',
    '%',
    '-',
    '5-',
    '5%%',
    'abc',
    '1、234',
  ])('refuses %j', (text) => {
    const result = parseValueInput(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe(
        `「${text.trim()}」不是数值：请只填写数字，可带千分位逗号或百分号`,
      );
    }
  });

  it('refuses numbers beyond the double range', () => {
    const text = '9'.repeat(400);
    const result = parseValueInput(text);
    expect(result).toEqual({
      ok: false,
      error: {
        message: `「${'9'.repeat(30)}…」超出可填写的数值范围`,
        location: { cellText: text },
      },
    });
  });

  it('never throws and answers a Chinese error or a number for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (text) => {
        const result = parseValueInput(text);
        if (result.ok) {
          const value = result.value;
          expect(value.kind === 'clear' || Number.isFinite(value.value)).toBe(true);
        } else {
          expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
          expect(result.error.location?.cellText).toBe(text);
        }
      }),
    );
  });

  it('reads back every finite number it is given as text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = String(value);
        fc.pre(!text.includes('e'));
        const result = parseValueInput(text);
        expect(result.ok && result.value.kind === 'number' && result.value.value).toBe(
          Object.is(value, -0) ? 0 : value,
        );
      }),
    );
  });
});
