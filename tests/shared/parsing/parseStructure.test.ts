import { describe, expect, it } from 'vitest';
import {
  isStructureCell,
  parseStructure,
  structureSum,
} from '../../../shared/parsing/parseStructure';

describe('parseStructure', () => {
  it.each([
    ['7.1:43.1:49.8', [7.1, 43.1, 49.8]],
    ['7.1：43.1：49.8', [7.1, 43.1, 49.8]],
    ['10.9: 38. 1: 51', [10.9, 38.1, 51]],
    ['3:65:32', [3, 65, 32]],
  ])('reads %j', (text, components) => {
    expect(parseStructure(text)).toEqual({ ok: true, value: components, warnings: [] });
  });

  it('fails on non-structures', () => {
    expect(parseStructure('7.1').ok).toBe(false);
    expect(parseStructure('a:b').ok).toBe(false);
  });

  it('sums components without float noise and recognises the form', () => {
    expect(structureSum([7.1, 43.1, 49.8])).toBe(100);
    expect(isStructureCell('14.1: 37.4: 48.5')).toBe(true);
    expect(isStructureCell('2020')).toBe(false);
  });
});
