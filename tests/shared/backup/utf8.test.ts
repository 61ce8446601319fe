import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8 } from '../../../shared/backup/utf8';

describe('encodeUtf8 / decodeUtf8', () => {
  it('encodes ASCII, Chinese and astral characters like TextEncoder', () => {
    expect([...encodeUtf8('A亿😀')]).toEqual([0x41, 0xe4, 0xba, 0xbf, 0xf0, 0x9f, 0x98, 0x80]);
  });

  it('encodes a lone surrogate as U+FFFD', () => {
    expect([...encodeUtf8('\ud800')]).toEqual([0xef, 0xbf, 0xbd]);
  });

  it('matches TextEncoder and TextDecoder on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bytes = encodeUtf8(text);
        expect(bytes).toEqual(new TextEncoder().encode(text));
        expect(decodeUtf8(bytes)).toBe(text);
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

  it('agrees with a fatal TextDecoder on random bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let expected: string | null;
        try {
          expected = decoder.decode(bytes);
        } catch {
          expected = null;
        }
        expect(decodeUtf8(bytes)).toBe(expected);
      }),
    );
  });
});
