import { constants, createDeflateRaw, deflateRawSync } from 'node:zlib';
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

  it('inflates a stored block after a Huffman block whose end code is short', async () => {
    // Two literals only: zlib writes a dynamic block with a 2-bit end code, so the lookup ahead
    // has a whole byte of the stored block in hand when it starts (decision 0048).
    const first = new TextEncoder().encode('ab'.repeat(400));
    const second = new TextEncoder().encode('原样存储的块');
    const packed = await deflateInTwoBlocks(first, second);
    const expected = new Uint8Array([...first, ...second]);
    expect(inflateExactly(packed, expected.length)).toEqual(expected);
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

/** `first` Huffman-coded only, a full flush (an empty stored block), then `second` stored. */
async function deflateInTwoBlocks(first: Uint8Array, second: Uint8Array): Promise<Uint8Array> {
  const stream = createDeflateRaw({ level: 9, strategy: constants.Z_HUFFMAN_ONLY });
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  stream.write(first);
  await new Promise<void>((resolve) => stream.flush(constants.Z_FULL_FLUSH, () => resolve()));
  await new Promise<void>((resolve) =>
    stream.params(0, constants.Z_DEFAULT_STRATEGY, () => resolve()),
  );
  stream.end(second);
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
