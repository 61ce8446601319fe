/**
 * A small, strict raw-DEFLATE decoder (RFC 1951) and CRC-32, used only to prove a zip entry is
 * intact before SheetJS reads it: SheetJS's own inflate has no bounds checks and can loop forever
 * on damaged data. Errors are thrown internally and reported as `null`.
 */

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258,
];
const LENGTH_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
  3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * Canonical Huffman code: how many codes of each length, and the symbols in code order; `fast`
 * holds, for each pattern of the next FAST_BITS bits, what bit-by-bit decoding would give (symbol
 * times 16 plus code length), or -1 when it needs more bits or finds no symbol.
 */
type Huffman = {
  readonly counts: Uint16Array;
  readonly symbols: Uint16Array;
  readonly fast: Int32Array;
};

/** Bits looked up at once (most literal codes are shorter); longer codes go bit by bit. */
const FAST_BITS = 9;

class Damaged extends Error {}

class BitReader {
  private position = 0;
  private bitBuffer = 0;
  private bitCount = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /**
   * The next `count` bits (at most 16) without consuming them, zeros past the end of the data;
   * `available` says how many of them are real.
   */
  peek(count: number): number {
    while (this.bitCount < count && this.position < this.bytes.length) {
      this.bitBuffer |= this.bytes[this.position++]! << this.bitCount;
      this.bitCount += 8;
    }
    return this.bitBuffer & ((1 << count) - 1);
  }

  get available(): number {
    return this.bitCount;
  }

  /** Consumes `count` bits already peeked (count <= available). */
  skip(count: number): void {
    this.bitBuffer >>>= count;
    this.bitCount -= count;
  }

  bits(count: number): number {
    while (this.bitCount < count) {
      const byte = this.bytes[this.position++];
      if (byte === undefined) throw new Damaged();
      this.bitBuffer |= byte << this.bitCount;
      this.bitCount += 8;
    }
    const value = this.bitBuffer & ((1 << count) - 1);
    this.bitBuffer >>>= count;
    this.bitCount -= count;
    return value;
  }

  /** Drops the bits left in the current byte and returns the next byte offset. */
  alignToByte(): number {
    // Whole bytes loaded by `peek` but not consumed are given back.
    this.position -= this.bitCount >> 3;
    this.bitBuffer = 0;
    this.bitCount = 0;
    return this.position;
  }

  skipTo(position: number): void {
    if (position > this.bytes.length) throw new Damaged();
    this.position = position;
  }
}

/**
 * Inflates a raw DEFLATE stream that must produce exactly `expectedSize` bytes; null when the
 * stream is damaged, too long or too short.
 */
export function inflateExactly(data: Uint8Array, expectedSize: number): Uint8Array | null {
  const out = new Uint8Array(expectedSize);
  try {
    const reader = new BitReader(data);
    let written = 0;
    let isLast = false;
    while (!isLast) {
      isLast = reader.bits(1) === 1;
      const type = reader.bits(2);
      if (type === 0) written = copyStored(reader, data, out, written);
      else if (type === 1)
        written = inflateBlock(reader, out, written, FIXED.literals, FIXED.distances);
      else if (type === 2) {
        const tables = readDynamicTables(reader);
        written = inflateBlock(reader, out, written, tables.literals, tables.distances);
      } else throw new Damaged();
    }
    return written === expectedSize ? out : null;
  } catch (error) {
    if (error instanceof Damaged || error instanceof RangeError) return null;
    throw error;
  }
}

function copyStored(reader: BitReader, data: Uint8Array, out: Uint8Array, written: number): number {
  const start = reader.alignToByte();
  const length = (data[start] ?? -1) | ((data[start + 1] ?? 0) << 8);
  const check = (data[start + 2] ?? -1) | ((data[start + 3] ?? 0) << 8);
  if (length < 0 || check < 0 || (length ^ 0xffff) !== check) throw new Damaged();
  if (start + 4 + length > data.length || written + length > out.length) throw new Damaged();
  out.set(data.subarray(start + 4, start + 4 + length), written);
  reader.skipTo(start + 4 + length);
  return written + length;
}

function inflateBlock(
  reader: BitReader,
  out: Uint8Array,
  start: number,
  literals: Huffman,
  distances: Huffman,
): number {
  let written = start;
  for (;;) {
    const symbol = decodeSymbol(reader, literals);
    if (symbol < 256) {
      if (written >= out.length) throw new Damaged();
      out[written++] = symbol;
      continue;
    }
    if (symbol === 256) return written;
    const index = symbol - 257;
    if (index >= 29) throw new Damaged();
    const length = LENGTH_BASE[index]! + reader.bits(LENGTH_EXTRA[index]!);
    const code = decodeSymbol(reader, distances);
    if (code >= 30) throw new Damaged();
    const distance = DISTANCE_BASE[code]! + reader.bits(DISTANCE_EXTRA[code]!);
    if (distance > written || written + length > out.length) throw new Damaged();
    for (let copied = 0; copied < length; copied += 1) {
      out[written] = out[written - distance]!;
      written += 1;
    }
  }
}

/**
 * The next symbol: looked up in `fast` when its code is short and wholly in the data, else decoded
 * bit by bit, which gives the same symbol (the table was built by that very decoding) or throws.
 */
function decodeSymbol(reader: BitReader, huffman: Huffman): number {
  const entry = huffman.fast[reader.peek(FAST_BITS)]!;
  if (entry >= 0 && (entry & 15) <= reader.available) {
    reader.skip(entry & 15);
    return entry >> 4;
  }
  return decodeBitByBit(reader, huffman);
}

/** Canonical decoding one bit at a time (RFC 1951 §3.2.2), as in zlib's puff.c. */
function decodeBitByBit(reader: BitReader, huffman: Pick<Huffman, 'counts' | 'symbols'>): number {
  let code = 0;
  let first = 0;
  let index = 0;
  for (let length = 1; length <= 15; length += 1) {
    code |= reader.bits(1);
    const count = huffman.counts[length]!;
    if (code - count < first) return huffman.symbols[index + (code - first)]!;
    index += count;
    first += count;
    first <<= 1;
    code <<= 1;
  }
  throw new Damaged();
}

function buildHuffman(lengths: ArrayLike<number>): Huffman {
  const counts = new Uint16Array(16);
  for (let symbol = 0; symbol < lengths.length; symbol += 1) counts[lengths[symbol]!]! += 1;
  counts[0] = 0;
  const offsets = new Uint16Array(16);
  for (let length = 1; length < 15; length += 1)
    offsets[length + 1] = offsets[length]! + counts[length]!;
  const symbols = new Uint16Array(lengths.length);
  for (let symbol = 0; symbol < lengths.length; symbol += 1) {
    const length = lengths[symbol]!;
    if (length !== 0) symbols[offsets[length]!++] = symbol;
  }
  return { counts, symbols, fast: fastTable(counts, symbols) };
}

/** Runs the bit-by-bit decoding on every FAST_BITS-bit pattern (bits taken lowest first). */
function fastTable(counts: Uint16Array, symbols: Uint16Array): Int32Array {
  const table = new Int32Array(1 << FAST_BITS).fill(-1);
  for (let pattern = 0; pattern < table.length; pattern += 1) {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length <= FAST_BITS; length += 1) {
      code |= (pattern >>> (length - 1)) & 1;
      const count = counts[length]!;
      if (code - count < first) {
        const symbol = symbols[index + (code - first)];
        if (symbol !== undefined) table[pattern] = symbol * 16 + length;
        break;
      }
      index += count;
      first += count;
      first <<= 1;
      code <<= 1;
    }
  }
  return table;
}

function readDynamicTables(reader: BitReader): { literals: Huffman; distances: Huffman } {
  const literalCount = reader.bits(5) + 257;
  const distanceCount = reader.bits(5) + 1;
  const codeLengthCount = reader.bits(4) + 4;
  if (literalCount > 286 || distanceCount > 30) throw new Damaged();
  const codeLengths = new Uint8Array(19);
  for (let index = 0; index < codeLengthCount; index += 1) {
    codeLengths[CODE_LENGTH_ORDER[index]!] = reader.bits(3);
  }
  const codeLengthCode = buildHuffman(codeLengths);
  const lengths = new Uint8Array(literalCount + distanceCount);
  let index = 0;
  while (index < lengths.length) {
    const symbol = decodeSymbol(reader, codeLengthCode);
    if (symbol < 16) {
      lengths[index++] = symbol;
      continue;
    }
    const previous = symbol === 16 ? (index > 0 ? lengths[index - 1]! : -1) : 0;
    if (previous < 0) throw new Damaged();
    const repeat =
      symbol === 16 ? 3 + reader.bits(2) : symbol === 17 ? 3 + reader.bits(3) : 11 + reader.bits(7);
    if (index + repeat > lengths.length) throw new Damaged();
    lengths.fill(previous, index, index + repeat);
    index += repeat;
  }
  return {
    literals: buildHuffman(lengths.subarray(0, literalCount)),
    distances: buildHuffman(lengths.subarray(literalCount)),
  };
}

const FIXED = (() => {
  const lengths = new Uint8Array(288);
  lengths.fill(8, 0, 144);
  lengths.fill(9, 144, 256);
  lengths.fill(7, 256, 280);
  lengths.fill(8, 280, 288);
  return { literals: buildHuffman(lengths), distances: buildHuffman(new Uint8Array(30).fill(5)) };
})();

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte += 1) {
    let crc = byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
    table[byte] = crc >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO-HDLC, as in zip) of `bytes`, unsigned. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  const length = bytes.length;
  // An index loop: the array iterator cost about half the time on a 2 MB template.
  for (let index = 0; index < length; index += 1) {
    crc = CRC_TABLE[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
