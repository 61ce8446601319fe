import type { PdfText, PdfTextItem } from './pdfTextItems';

/** Text runs of one cell line, joined: its extent on the page (y down, across pages). */
export type PdfChunk = {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly size: number;
  /** 0-based page. */
  readonly page: number;
  /** The runs it was joined from, each as its own chunk (to split a chunk across columns). */
  readonly parts: readonly PdfChunk[];
};

/** The chunks sharing a baseline, left to right. */
export type PdfLine = {
  readonly chunks: readonly PdfChunk[];
  readonly top: number;
  readonly bottom: number;
  readonly size: number;
  readonly text: string;
};

// Runs closer than this (in font sizes) belong to one chunk; a wider gap separates cells.
const CHUNK_GAP = 0.6;
// A gap wider than this inside a chunk is written as a space (「7 左右」, 「2020 年」).
// Writer and Word add about 0.2 em between Chinese and Latin text (「65以上」), which is no space.
const SPACE_GAP = 0.23;
// Ascent and descent of a line box, in font sizes.
const ASCENT = 0.88;
const DESCENT = 0.12;

/**
 * Rebuilds the lines of a PDF's text from the runs' positions: runs on the same baseline (within
 * half a font size) form a line, and runs closer than CHUNK_GAP form one chunk, the text of a cell
 * on that line. Pages are stacked top to bottom, so a table may run on across a page break.
 */
export function buildPdfLines(pdf: PdfText): PdfLine[] {
  const offsets: number[] = [];
  pdf.pageHeights.reduce((offset, height, page) => {
    offsets[page] = offset;
    return offset + height;
  }, 0);
  const items = [...pdf.items].sort(
    (a, b) => a.page - b.page || a.baseline - b.baseline || a.left - b.left,
  );
  const groups: PdfTextItem[][] = [];
  for (const item of items) {
    const group = groups.at(-1);
    const first = group?.[0];
    const sameLine =
      first !== undefined &&
      first.page === item.page &&
      Math.abs(first.baseline - item.baseline) < Math.max(first.size, item.size) / 2;
    if (group && sameLine) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => toLine(group, offsets[group[0]?.page ?? 0] ?? 0));
}

function toLine(items: readonly PdfTextItem[], offset: number): PdfLine {
  const sorted = [...items].sort((a, b) => a.left - b.left);
  const chunks: PdfChunk[] = [];
  let current: PdfTextItem[] = [];
  for (const item of sorted) {
    const last = current.at(-1);
    if (last && item.left - last.right > CHUNK_GAP * Math.max(last.size, item.size)) {
      chunks.push(toChunk(current, offset));
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) chunks.push(toChunk(current, offset));
  const size = Math.max(...chunks.map((chunk) => chunk.size));
  return {
    chunks,
    top: Math.min(...chunks.map((chunk) => chunk.top)),
    bottom: Math.max(...chunks.map((chunk) => chunk.bottom)),
    size,
    text: chunks.map((chunk) => chunk.text).join(' '),
  };
}

/** The text of runs side by side, with a space where the gap between two is a real space. */
export function joinRuns(
  runs: readonly { text: string; left: number; right: number; size: number }[],
): string {
  let text = '';
  runs.forEach((run, index) => {
    const previous = runs[index - 1];
    const gap = previous ? run.left - previous.right : 0;
    text += (previous && gap > SPACE_GAP * run.size ? ' ' : '') + run.text;
  });
  return text.replace(/\s+/g, ' ').trim();
}

function toChunk(items: readonly PdfTextItem[], offset: number): PdfChunk {
  const text = joinRuns(items);
  const size = Math.max(...items.map((item) => item.size));
  const baseline = Math.max(...items.map((item) => item.baseline));
  return {
    text,
    left: Math.min(...items.map((item) => item.left)),
    right: Math.max(...items.map((item) => item.right)),
    top: offset + baseline - ASCENT * size,
    bottom: offset + baseline + DESCENT * size,
    size,
    page: items[0]?.page ?? 0,
    parts: items.length === 1 ? [] : items.map((item) => toChunk([item], offset)),
  };
}
