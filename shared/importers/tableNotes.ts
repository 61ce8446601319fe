import type { NumberedLine } from './rawTable';

const NOTES_START = /^\s*(注|备注)\s*[:：]/;
const ITEM_START = /^\s*\d+\s*[.．、]/;
const HEADING = /^\s*(#|第[一二三四五六七八九十百]+[篇章节]|专栏)/;

/** True when the line starts a table's notes (`注：1.…`, `备注：1. …`). */
export function isNotesStart(text: string): boolean {
  return NOTES_START.test(text);
}

/**
 * The lines of a notes block starting at `start`: numbered items and the wrapped continuations
 * of an item that has not ended (source-doc 000 lines 1011–1013); stops at a heading or prose.
 */
export function collectNotesLines(lines: readonly NumberedLine[], start: number): number {
  let end = start + 1;
  let previous = lines[start]?.text.trim() ?? '';
  while (end < lines.length) {
    const text = lines[end]?.text.trim() ?? '';
    if (text === '') {
      end += 1;
      continue;
    }
    const isContinuation = !/[。；;]$/.test(previous) && text.length < 120;
    if (HEADING.test(text) || (!ITEM_START.test(text) && !isContinuation)) break;
    previous = text;
    end += 1;
  }
  return end;
}

/**
 * Splits the notes text into its numbered items, kept verbatim except for the 注：/备注：
 * prefix, surrounding spaces and a trailing `；`. Items are found in sequence 1, 2, 3 … so
 * `1.2020 年基期值` (000 line 1007) is item 1 and not item 1.2.
 */
export function splitNoteItems(notesText: string): string[] {
  const text = notesText.replace(NOTES_START, '').replace(/\t/g, ' ').trim();
  const starts: { index: number; length: number }[] = [];
  let from = 0;
  for (let number = 1; number < 100; number += 1) {
    const pattern = new RegExp(`(?:^|(?<=[；;。\\s]))${number}\\s*[.．、]\\s*`, 'g');
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) break;
    starts.push({ index: match.index, length: match[0].length });
    from = match.index + match[0].length;
  }
  if (starts.length === 0) return text === '' ? [] : [stripEnd(text)];
  return starts.map((start, position) => {
    const next = starts[position + 1];
    return stripEnd(text.slice(start.index + start.length, next ? next.index : undefined));
  });
}

function stripEnd(item: string): string {
  return item
    .trim()
    .replace(/[；;]$/, '')
    .trim();
}

/** Joins the lines of a notes block: wrapped lines of one item are joined without a space. */
export function joinNotesLines(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce(
      (joined, line) =>
        joined === '' ? line : `${joined}${ITEM_START.test(line) ? ' ' : ''}${line}`,
      '',
    );
}
