import { describe, expect, it } from 'vitest';
import { parseNumberCell } from '../../../shared/parsing/parseNumberCell';

describe('parseNumberCell', () => {
  it.each([
    ['957.14', 957.14],
    ['-0.05', -0.05],
    ['１２００', 1200],
    ['1,200', 1200],
    ['2.37%', 2.37],
    [' 0.317 ', 0.317],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberCell(text)).toEqual({ ok: true, value, warnings: [] });
  });

  it('fails with the cell text for anything else', () => {
    expect(parseNumberCell('7 左右')).toEqual({
      ok: false,
      error: { message: '不是数字', location: { cellText: '7 左右' } },
    });
    expect(parseNumberCell('1e999').ok).toBe(false);
  });
});
