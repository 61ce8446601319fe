/**
 * Full-width → half-width normalisation of a table cell, keeping Chinese text.
 * The source documents mix both widths (000 writes `（%）` and `7.1：43.1`, 001 writes `(%)`),
 * so every cell is normalised before it is parsed or compared.
 */

// Ideographic comma and full stop-like separators that have a half-width reading in cells.
const EXTRA_MAP: Readonly<Record<string, string>> = {
  '、': ',',
  '\u3000': ' ',
  '\u00a0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '〔': '[',
  '〕': ']',
  '【': '[',
  '】': ']',
};

/**
 * Normalises one cell: full-width ASCII (digits, letters, （）［］：，；％＜＞ …) and full-width
 * spaces become half-width, runs of whitespace collapse to one space, and the ends are trimmed.
 * Chinese characters, `—` dashes and `≤`/`≥` are kept as they are.
 */
export function normaliseCellText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else out += EXTRA_MAP[char] ?? char;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Removes the spaces a PDF extraction puts next to Chinese characters (`单位 GDP 能耗` →
 * `单位GDP能耗`), keeping spaces between two Latin words or numbers.
 */
export function removeSpacesAroundChinese(text: string): string {
  return text.replace(/\s+(?=[\u3400-\u9fff(（）)%])|(?<=[\u3400-\u9fff(（）)])\s+/g, '');
}
