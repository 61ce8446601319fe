/**
 * Decodes a text file's bytes: UTF-8 (with or without BOM) first, then GB18030, which Chinese
 * Windows tools still write for .txt files.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
