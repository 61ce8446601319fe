import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardKeyValueRow } from '../../../../shared/domain/guards/guardKeyValueRow';
import { idText } from './guardArbitraries';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

describe('guardKeyValueRow', () => {
  it('accepts any JSON value up to 16 levels deep', () => {
    fc.assert(
      fc.property(idText, fc.jsonValue({ depthSize: 'small', maxDepth: 15 }), (key, value) => {
        expect(guardKeyValueRow({ key, value })).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void guardKeyValueRow(value)),
      { numRuns: 300 },
    );
  });

  it('refuses a setting nested 5,000 arrays deep with a message, not a RangeError', () => {
    const issue = guardKeyValueRow({ key: 'evaluation', value: nested(5_000) });
    expect(issue?.field).toBe('value');
    expect(issue?.message).toBe(`嵌套层数超过 16 层（在「${'[0]'.repeat(16)}」处）`);
  });

  it('accepts exactly 16 levels and refuses 17', () => {
    expect(guardKeyValueRow({ key: 'k', value: nested(16) })).toBeNull();
    expect(guardKeyValueRow({ key: 'k', value: nested(17) })?.field).toBe('value');
  });

  it('refuses an empty key, a missing value and a 2-million-character string', () => {
    expect(guardKeyValueRow({ key: '', value: 1 })).toEqual({
      field: 'key',
      message: '应为非空文本（现为「」）',
    });
    expect(guardKeyValueRow({ key: 'k' })).toEqual({ field: 'value', message: '缺失' });
    expect(guardKeyValueRow({ key: 'k', value: { a: ['x'.repeat(2_000_000)] } })).toEqual({
      field: 'value',
      message: '含有超过 1000000 个字符的文本',
    });
  });
});
