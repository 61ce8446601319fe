/** One non-empty line of a source text with its 1-based line number (for located errors). */
export type SourceLine = { readonly line: number; readonly text: string };

// Page footers of PDF text (「- 8 -」) and markup of web text (002: 「### **专栏 1 …**」, <b>).
const PAGE_MARK = /^[-—–]\s*\d+\s*[-—–]$/;
const MARKUP = /^#+\s*|\*\*|<\/?b>/g;

/**
 * The text's non-empty lines, trimmed, with page footers dropped and heading markup removed. PDF
 * text wraps a paragraph over many lines with blank lines between (source-docs 000, 004), so
 * blank lines carry no meaning and are skipped.
 */
export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const cleaned = raw
      .replace(MARKUP, '')
      .replace(/\u3000/g, ' ')
      .trim();
    if (cleaned !== '' && !PAGE_MARK.test(cleaned)) lines.push({ line: index + 1, text: cleaned });
  });
  return lines;
}

/**
 * Joins wrapped lines into one paragraph. Chinese needs no space at a wrap; a space is kept only
 * between two Latin letters or digits so 「R&D 经费」 and 「28.91 万亩」 stay as printed.
 */
export function joinWrapped(parts: readonly string[]): string {
  let joined = '';
  for (const part of parts) {
    const needsSpace = /[A-Za-z0-9]$/.test(joined) && /^[A-Za-z0-9]/.test(part);
    joined += (needsSpace ? ' ' : '') + part;
  }
  return joined;
}
