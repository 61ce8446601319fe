/**
 * Decodes a text file's bytes (.txt, .csv, a saved web page): UTF-8 with or without BOM first;
 * when the bytes are not valid UTF-8, GB18030 (a superset of GBK and GB2312), which Chinese
 * Windows tools, WPS and Excel's「CSV」 still write.
 */
export function decodePlanText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
