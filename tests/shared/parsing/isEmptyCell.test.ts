import { describe, expect, it } from 'vitest';
import { isEmptyCell } from '../../../shared/parsing/isEmptyCell';

describe('isEmptyCell', () => {
  it.each(['', ' ', '-', '--', '---', '—', '——', '\u3000'])('treats %j as empty', (text) => {
    expect(isEmptyCell(text)).toBe(true);
  });

  it.each(['0', '[ ]', '保持稳定', '-0.05'])('does not treat %j as empty', (text) => {
    expect(isEmptyCell(text)).toBe(false);
  });
});
