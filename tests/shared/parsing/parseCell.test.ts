import { describe, expect, it } from 'vitest';
import { parseCell } from '../../../shared/parsing/parseCell';

describe('parseCell', () => {
  it('classifies every cell form of the source docs', () => {
    expect(parseCell('--')).toEqual({ type: 'empty', text: '--' });
    expect(parseCell('68.05*')).toEqual({
      type: 'number',
      text: '68.05*',
      number: { value: 68.05, qualifier: 'exact' },
      hasFootnote: true,
    });
    expect(parseCell('7 左右')).toMatchObject({
      type: 'number',
      number: { value: 7, qualifier: 'about' },
    });
    expect(parseCell('下降 [4.3]')).toEqual({
      type: 'bracket',
      text: '下降 [4.3]',
      range: { min: 4.3, max: 4.3, qualifier: 'exact' },
      prefix: '下降',
    });
    expect(parseCell('[ ]')).toMatchObject({ type: 'bracket', range: null });
    expect(parseCell('6.5:41.5:52')).toEqual({
      type: 'structure',
      text: '6.5:41.5:52',
      components: [6.5, 41.5, 52],
    });
    expect(parseCell('确保数量不减，质量提升')).toEqual({
      type: 'text',
      text: '确保数量不减,质量提升',
    });
  });
});
