/**
 * Text encodings through the platform's TextEncoder/TextDecoder (WHATWG Encoding), present in
 * Node, Chromium and Electron alike. shared/ compiles without the DOM and Node typings, so the two
 * constructors are typed here, once, by the little this code uses of them.
 */

type Decoder = { decode(input: Uint8Array): string };
type DecoderConstructor = new (
  label?: string,
  options?: { readonly fatal?: boolean; readonly ignoreBOM?: boolean },
) => Decoder;
type Encoder = { encode(input: string): Uint8Array };
type EncoderConstructor = new () => Encoder;

const platform = globalThis as unknown as {
  readonly TextDecoder: DecoderConstructor;
  readonly TextEncoder: EncoderConstructor;
};

/** The encodings a text file of a user may come in. */
export type TextEncodingName = 'utf-8' | 'gb18030';

/** Encodes a string as UTF-8; lone surrogates become U+FFFD. */
export function encodeUtf8(text: string): Uint8Array {
  return new platform.TextEncoder().encode(text);
}

/** Decodes strict UTF-8 (a leading BOM skipped), or null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new platform.TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a user's text file: UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of
 * GBK/GB2312, what Excel and WPS on Chinese Windows write for 「CSV（逗号分隔）」). Says which.
 */
export function decodeUserText(bytes: Uint8Array): {
  readonly text: string;
  readonly encoding: TextEncodingName;
} {
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: new platform.TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}
