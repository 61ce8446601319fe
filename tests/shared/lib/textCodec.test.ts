import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUserText, decodeUtf8, encodeUtf8 } from '../../../shared/lib/textCodec';

describe('encodeUtf8 / decodeUtf8 (strict)', () => {
  it('encodes ASCII, Chinese and astral characters like TextEncoder', () => {
    expect([...encodeUtf8('A亿😀')]).toEqual([0x41, 0xe4, 0xba, 0xbf, 0xf0, 0x9f, 0x98, 0x80]);
  });

  it('encodes a lone surrogate as U+FFFD', () => {
    expect([...encodeUtf8('\ud800')]).toEqual([0xef, 0xbf, 0xbd]);
  });

  it('round-trips any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeUtf8(encodeUtf8(text))).toBe(text);
      }),
    );
  });

  it('decodes texts longer than one chunk', () => {
    const text = '城镇登记失业率3.12%'.repeat(5000);
    expect(decodeUtf8(encodeUtf8(text))).toBe(text);
  });

  it('skips a byte-order mark', () => {
    expect(decodeUtf8(Uint8Array.of(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toBe('{}');
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['a truncated sequence', [0xe4, 0xba]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a byte above F4', [0xf5, 0x80, 0x80, 0x80]],
    ['GBK text (城镇)', [0xb3, 0xc7, 0xd5, 0xf2]],
  ])('refuses %s', (_name, bytes) => {
    expect(decodeUtf8(Uint8Array.from(bytes))).toBeNull();
  });
});

describe('decodeUserText', () => {
  it('reads UTF-8 as UTF-8', () => {
    expect(decodeUserText(encodeUtf8('指标,年份\n'))).toEqual({
      text: '指标,年份\n',
      encoding: 'utf-8',
    });
  });

  it('reads GBK (what Excel saves as CSV on Chinese Windows) as GB18030', () => {
    // 「指标,年份」 in GBK.
    const gbk = Uint8Array.of(0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0xc4, 0xea, 0xb7, 0xdd);
    expect(decodeUserText(gbk)).toEqual({ text: '指标,年份', encoding: 'gb18030' });
  });
});
