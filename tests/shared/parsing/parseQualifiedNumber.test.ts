import { describe, expect, it } from 'vitest';
import { parseQualifiedNumber } from '../../../shared/parsing/parseQualifiedNumber';

describe('parseQualifiedNumber', () => {
  it.each([
    ['1200', 1200, 'exact'],
    ['7 左右', 7, 'about'],
    ['1.1左右', 1.1, 'about'],
    ['4.5 以内', 4.5, 'atMost'],
    ['96 以上', 96, 'atLeast'],
    ['不低于 90', 90, 'atLeast'],
    ['不高于5', 5, 'atMost'],
    ['<5.5', 5.5, 'lessThan'],
    ['>6.5', 6.5, 'greaterThan'],
    ['＞85', 85, 'greaterThan'],
    ['≤5', 5, 'atMost'],
    ['≥3', 3, 'atLeast'],
    ['控制在5.5左右', 5.5, 'about'],
  ])('reads %j as %d (%s)', (text, value, qualifier) => {
    expect(parseQualifiedNumber(text)).toEqual({
      ok: true,
      value: { value, qualifier },
      warnings: [],
    });
  });

  it('fails on text', () => {
    const result = parseQualifiedNumber('保持稳定');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.location).toEqual({ cellText: '保持稳定' });
  });
});
