import { describe, expect, it } from 'vitest';
import { isBracketedCell, parseBracketedCell } from '../../../shared/parsing/parseBracketedCell';

describe('parseBracketedCell', () => {
  it.each([
    ['[2.2]', { min: 2.2, max: 2.2, qualifier: 'exact' }, ''],
    ['[-0.05]', { min: -0.05, max: -0.05, qualifier: 'exact' }, ''],
    ['[18-22]', { min: 18, max: 22, qualifier: 'exact' }, ''],
    ['[3 左右]', { min: 3, max: 3, qualifier: 'about' }, ''],
    ['[20以上]', { min: 20, max: 20, qualifier: 'atLeast' }, ''],
    ['下降 [9.76]', { min: 9.76, max: 9.76, qualifier: 'exact' }, '下降'],
    ['［16］', { min: 16, max: 16, qualifier: 'exact' }, ''],
    ['[  ]', null, ''],
  ])('reads %j', (text, range, prefix) => {
    expect(parseBracketedCell(text)).toEqual({ ok: true, value: { range, prefix }, warnings: [] });
  });

  it('fails on brackets around text and on unbracketed cells', () => {
    expect(parseBracketedCell('[省下达的目标]').ok).toBe(false);
    expect(parseBracketedCell('2.2').ok).toBe(false);
    expect(isBracketedCell('[省下达的目标]')).toBe(true);
    expect(isBracketedCell('7 左右')).toBe(false);
  });
});
