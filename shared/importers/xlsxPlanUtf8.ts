// shared/ compiles without DOM or Node types, so TextEncoder/TextDecoder are not available here:
// a small UTF-8 codec for the XML parts of the template package.

/** Encodes a string as UTF-8 bytes. */
export function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000)
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
  }
  return Uint8Array.from(bytes);
}

/** Decodes UTF-8 bytes (as written by SheetJS: well-formed) into a string. */
export function decodeUtf8(bytes: ArrayLike<number>): string {
  let text = '';
  for (let index = 0; index < bytes.length;) {
    const first = bytes[index] ?? 0;
    const length = first < 0x80 ? 1 : first < 0xe0 ? 2 : first < 0xf0 ? 3 : 4;
    let code = length === 1 ? first : first & (0xff >> (length + 1));
    for (let next = 1; next < length; next += 1)
      code = (code << 6) | ((bytes[index + next] ?? 0) & 0x3f);
    text += String.fromCodePoint(code);
    index += length;
  }
  return text;
}
