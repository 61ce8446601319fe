/**
 * UTF-8 encoding and strict decoding in pure TypeScript: shared/ compiles without the DOM and
 * Node libraries, so TextEncoder/TextDecoder are not available to it.
 */

/** Encodes a string as UTF-8; lone surrogates become U+FFFD, as TextEncoder does. */
export function encodeUtf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    let code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(index + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        index += 1;
      } else {
        code = 0xfffd;
      }
    }
    length = writeCodePoint(out, length, code);
  }
  return out.slice(0, length);
}

function writeCodePoint(out: Uint8Array, at: number, code: number): number {
  if (code < 0x80) {
    out[at] = code;
    return at + 1;
  }
  if (code < 0x800) {
    out[at] = 0xc0 | (code >> 6);
    out[at + 1] = 0x80 | (code & 0x3f);
    return at + 2;
  }
  if (code < 0x10000) {
    out[at] = 0xe0 | (code >> 12);
    out[at + 1] = 0x80 | ((code >> 6) & 0x3f);
    out[at + 2] = 0x80 | (code & 0x3f);
    return at + 3;
  }
  out[at] = 0xf0 | (code >> 18);
  out[at + 1] = 0x80 | ((code >> 12) & 0x3f);
  out[at + 2] = 0x80 | ((code >> 6) & 0x3f);
  out[at + 3] = 0x80 | (code & 0x3f);
  return at + 4;
}

const CHUNK = 8192;

/**
 * Decodes UTF-8, or returns null when the bytes are not valid UTF-8 (a damaged or foreign
 * file). A leading byte-order mark is skipped. Code units are gathered in a typed buffer and
 * turned into text a chunk at a time, which keeps 20 MB backups fast.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const buffer = new Uint16Array(CHUNK + 2);
  const parts: string[] = [];
  let used = 0;
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) {
      buffer[used++] = byte;
      index += 1;
    } else {
      const decoded = readCodePoint(bytes, index);
      if (decoded === null) return null;
      const [code, size] = decoded;
      if (code >= 0x10000) {
        buffer[used++] = 0xd800 + ((code - 0x10000) >> 10);
        buffer[used++] = 0xdc00 + ((code - 0x10000) & 0x3ff);
      } else {
        buffer[used++] = code;
      }
      index += size;
    }
    if (used >= CHUNK) {
      parts.push(fromCodeUnits(buffer.subarray(0, used)));
      used = 0;
    }
  }
  parts.push(fromCodeUnits(buffer.subarray(0, used)));
  return parts.join('');
}

/** Text of a run of UTF-16 code units (apply takes any array-like; spreading would be slow). */
function fromCodeUnits(units: Uint16Array): string {
  return String.fromCharCode.apply(null, units as unknown as number[]);
}

/** [code point, byte count] at `index`, or null for an invalid or overlong sequence. */
function readCodePoint(bytes: Uint8Array, index: number): [number, number] | null {
  const first = bytes[index] ?? 0;
  const size = sequenceLength(first);
  if (size === 0) return null;
  let code = first & (0xff >> (size + 1));
  for (let offset = 1; offset < size; offset += 1) {
    const next = bytes[index + offset];
    if (next === undefined || (next & 0xc0) !== 0x80) return null;
    code = (code << 6) | (next & 0x3f);
  }
  return isValidCodePoint(code, size) ? [code, size] : null;
}

/** Bytes in the sequence a leading byte starts (1–4), or 0 for a byte that cannot lead. */
function sequenceLength(first: number): number {
  if (first < 0x80) return 1;
  if (first < 0xc2) return 0;
  if (first < 0xe0) return 2;
  if (first < 0xf0) return 3;
  return first <= 0xf4 ? 4 : 0;
}

/** Rejects overlong forms, surrogates and code points above U+10FFFF. */
function isValidCodePoint(code: number, size: number): boolean {
  const minimum = size === 1 ? 0 : size === 2 ? 0x80 : size === 3 ? 0x800 : 0x10000;
  return code >= minimum && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
}
