import { decodeUserText } from '../lib/textCodec';

/**
 * Decodes a text file's bytes (.txt, .csv, a saved web page): strict UTF-8 with or without BOM
 * first; when the bytes are not valid UTF-8, GB18030 (a superset of GBK and GB2312), which Chinese
 * Windows tools, WPS and Excel's「CSV」 still write. One codec for every importer (lib/textCodec.ts).
 */
export function decodePlanText(bytes: Uint8Array): string {
  return decodeUserText(bytes).text;
}
