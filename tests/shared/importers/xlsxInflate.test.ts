import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, inflateExactly } from '../../../shared/importers/xlsxInflate';

const text = new TextEncoder().encode('地区生产总值（GDP）（亿元）957.14→1200；'.repeat(200));

describe('inflateExactly', () => {
  it.each([0, 1, 6, 9])('inflates what zlib deflates at level %d', (level) => {
    expect(inflateExactly(deflateRawSync(text, { level }), text.length)).toEqual(text);
  });

  it('inflates fixed-Huffman and empty streams', () => {
    const short = new TextEncoder().encode('abc');
    expect(inflateExactly(deflateRawSync(short), 3)).toEqual(short);
    expect(inflateExactly(deflateRawSync(new Uint8Array(0)), 0)).toEqual(new Uint8Array(0));
  });

  it('matches zlib on random data', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2000 }),
        fc.integer({ min: 0, max: 9 }),
        (data, level) => {
          expect(inflateExactly(deflateRawSync(data, { level }), data.length)).toEqual(data);
        },
      ),
    );
  });

  it('refuses a stream of the wrong length', () => {
    const packed = deflateRawSync(text);
    expect(inflateExactly(packed, text.length - 1)).toBeNull();
    expect(inflateExactly(packed, text.length + 1)).toBeNull();
  });

  it('refuses a truncated stream', () => {
    expect(inflateExactly(deflateRawSync(text).subarray(0, 40), text.length)).toBeNull();
  });

  it('always ends on damaged streams, never throwing', () => {
    const packed = deflateRawSync(text);
    fc.assert(
      fc.property(fc.nat(packed.length - 1), fc.integer({ min: 0, max: 255 }), (at, byte) => {
        const damaged = Uint8Array.from(packed);
        damaged[at] = byte;
        const result = inflateExactly(damaged, text.length);
        expect(result === null || result.length === text.length).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(5000), (data, size) => {
        expect(() => inflateExactly(data, size)).not.toThrow();
      }),
    );
  });
});

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});
