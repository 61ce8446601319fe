import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/backup/sha256';
import { encodeUtf8 } from '../../../shared/lib/textCodec';

// FIPS 180-4 / NIST CSRC example vectors and the well-known million-'a' vector.
describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    [
      'The quick brown fox jumps over the lazy dog',
      'd7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592',
    ],
  ])('hashes %j', (text, expected) => {
    expect(sha256Hex(encodeUtf8(text))).toBe(expected);
  });

  it('hashes one million a', () => {
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('hashes every padding boundary like Node crypto', async () => {
    const { createHash } = await import('node:crypto');
    for (let length = 0; length <= 130; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 31 + 7) & 0xff);
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('hashes Chinese text as UTF-8 (value from Node crypto)', () => {
    const text = '地区生产总值（亿元）957.14→1200';
    expect(sha256Hex(encodeUtf8(text))).toBe(
      'ec2f558704ef232e5e72b1ee6a8d0b9249e653634dbd8c8bced914e9e714cd52',
    );
  });
});
