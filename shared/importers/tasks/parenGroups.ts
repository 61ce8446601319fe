/** A top-level parenthesised group of a text: positions of its brackets and what is inside. */
export type ParenGroup = { readonly start: number; readonly end: number; readonly inner: string };

/** Where the brackets of a text do not pair up, as a character offset and the bracket. */
export type ParenProblem = { readonly offset: number; readonly bracket: string };

const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);

/**
 * The top-level parenthesised groups of a text. ASCII and full-width brackets pair with each other
 * because the source PDFs mix them (004 task 14 opens with 「(」 and closes with 「）」). Nested
 * groups such as 「各县（市、区）政府」 stay inside their list.
 */
export function findParenGroups(
  text: string,
): { ok: true; groups: ParenGroup[] } | { ok: false; problem: ParenProblem } {
  const groups: ParenGroup[] = [];
  let depth = 0;
  let start = -1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (OPEN.has(char)) {
      if (depth === 0) start = index;
      depth += 1;
    } else if (CLOSE.has(char)) {
      if (depth === 0) return { ok: false, problem: { offset: index, bracket: char } };
      depth -= 1;
      if (depth === 0) groups.push({ start, end: index, inner: text.slice(start + 1, index) });
    }
  }
  if (depth > 0) return { ok: false, problem: { offset: start, bracket: text[start] ?? '(' } };
  return { ok: true, groups };
}

/** Splits text on top-level separators, leaving bracketed parts whole. */
export function splitTopLevel(text: string, separators: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (OPEN.has(char)) depth += 1;
    if (CLOSE.has(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.has(char)) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}
