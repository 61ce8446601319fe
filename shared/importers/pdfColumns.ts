/**
 * The columns of a PDF table, from geometry: the x-ranges of its body text and the header cells
 * standing over them (pdfTableGrid.ts builds the rows). PDF text has no cell borders, so columns
 * are the white rivers between the body's chunks, corrected by the header: two header cells side
 * by side split a range, a header over no body text names the column beside it.
 */
import { joinRuns } from './pdfLines';
import type { PdfChunk } from './pdfLines';

/** An x-range of the page. */
export type Span = { left: number; right: number };

/**
 * Column x-ranges: where the body's chunks stand (the white rivers between them separate
 * columns). A river may be crossed by a few chunks that overflow their cell (「7.1:43.1:49.8」), so
 * x positions covered by at most RIVER_CROSSINGS chunks still separate; a range holding two header
 * cells side by side is split between them; a header cell over an empty column adds its range.
 */
export function columnSpans(body: readonly PdfChunk[], header: readonly PdfChunk[]): Span[] {
  if (body.length === 0) return header.map((chunk) => ({ left: chunk.left, right: chunk.right }));
  const left = Math.floor(Math.min(...body.map((chunk) => chunk.left)));
  const right = Math.ceil(Math.max(...body.map((chunk) => chunk.right)));
  const coverage = new Array<number>(right - left + 1).fill(0);
  for (const chunk of body) {
    for (let x = Math.ceil(chunk.left); x <= Math.floor(chunk.right); x += 1) {
      coverage[x - left] = (coverage[x - left] ?? 0) + 1;
    }
  }
  const crossings = Math.min(RIVER_CROSSINGS, Math.floor(body.length / 20));
  const spans: Span[] = [];
  coverage.forEach((count, offset) => {
    const last = spans.at(-1);
    if (count <= crossings) return;
    if (last && last.right === left + offset - 1) last.right = left + offset;
    else spans.push({ left: left + offset, right: left + offset });
  });
  const leaves = header.filter(
    (chunk) => spans.filter((span) => overlap(span, chunk) > 0).length <= 1,
  );
  const split = spans.flatMap((span) => splitByHeader(span, leaves, coverage, left));
  for (const chunk of header) {
    if (!split.some((span) => overlap(span, chunk) > 0)) claimOrAdd(split, chunk, leaves);
  }
  return split.sort((a, b) => a.left - b.left);
}

/**
 * A header cell standing over no body text: a centred header over values printed at its column's
 * left (or right) edge, beside a column no other header cell stands over, names that column,
 * which is widened to take it in; else it is a column of its own whose body is empty.
 */
function claimOrAdd(spans: Span[], chunk: PdfChunk, leaves: readonly PdfChunk[]): void {
  const unclaimed = (span: Span | undefined) =>
    span !== undefined && !leaves.some((leaf) => overlap(span, leaf) > 0);
  const ordered = [...spans].sort((a, b) => a.left - b.left);
  const next = ordered.findIndex((span) => span.left >= chunk.right);
  const before = next < 0 ? ordered.at(-1) : ordered[next - 1];
  const after = next < 0 ? undefined : ordered[next];
  const neighbour = unclaimed(before) ? before : unclaimed(after) ? after : undefined;
  if (!neighbour) {
    spans.push({ left: chunk.left, right: chunk.right });
    return;
  }
  neighbour.left = Math.min(neighbour.left, chunk.left);
  neighbour.right = Math.max(neighbour.right, chunk.right);
}

const RIVER_CROSSINGS = 2;

/** Whether `lower` stands on a line under `upper` (anywhere across). */
export function standsUnder(lower: PdfChunk, upper: PdfChunk): boolean {
  return lower.top >= upper.bottom - 0.1 * upper.size;
}

/** Whether `lower` stands under `upper`, the two overlapping side to side. */
function isBelow(lower: PdfChunk, upper: PdfChunk): boolean {
  return standsUnder(lower, upper) && overlap(lower, upper) > 0;
}

/** The part of a header cell's width that must stand over a range for it to name the range. */
const HEADER_OVER_SPAN = 0.3;

/** A range under two or more header cells side by side, cut at the emptiest x between them. */
function splitByHeader(
  span: Span,
  header: readonly PdfChunk[],
  coverage: readonly number[],
  origin: number,
): Span[] {
  const over = header
    // A header centred over numbers printed at their cells' left edge stands half beside them.
    .filter((chunk) => overlap(span, chunk) > HEADER_OVER_SPAN * (chunk.right - chunk.left));
  // The lowest header cells name the columns; a label or a wrapped line above them does not.
  const inside = over
    .filter((chunk) => !over.some((other) => isBelow(other, chunk)))
    .sort((a, b) => a.left - b.left);
  // Each beside the last one kept: a label above two of them (「2020年」 over 「预期值」 and
  // 「规划目标」) overlaps both and is passed over.
  const sideBySide: PdfChunk[] = [];
  for (const chunk of inside) {
    const last = sideBySide.at(-1);
    if (!last || chunk.left >= last.right) sideBySide.push(chunk);
  }
  if (sideBySide.length < 2) return [span];
  const pieces: Span[] = [];
  let start = span.left;
  for (let index = 1; index < sideBySide.length; index += 1) {
    const from = Math.ceil((sideBySide[index - 1] as PdfChunk).right);
    const to = Math.floor((sideBySide[index] as PdfChunk).left);
    let cut = from;
    for (let x = from; x <= to; x += 1) {
      if ((coverage[x - origin] ?? 0) < (coverage[cut - origin] ?? 0)) cut = x;
    }
    pieces.push({ left: start, right: cut });
    start = cut + 1;
  }
  pieces.push({ left: start, right: span.right });
  return pieces;
}

/** Runs this far apart (in font sizes) are a space: two header words, not one. */
const HEADER_WORD_GAP = 0.3;
// A header word starts with a Chinese character or a year (「2020年 2025年」 side by side).
const CHINESE_EDGE_START = /^(?:[\u4e00-\u9fff]|(?:19|20)\d{2})/;
const CHINESE_EDGE_END = /[\u4e00-\u9fff]$/;

/**
 * A header chunk of Chinese words printed a space apart, split into its words: the headers of
 * narrow columns side by side (「预期值 规划目标 实际」 under 「2020年」) come closer than cells
 * usually do. A header cell is a word or two lines of one, never Chinese words spaced within a line,
 * while 「2020 年」 (figures beside Chinese) stays one.
 */
export function splitHeaderWords(chunk: PdfChunk): PdfChunk[] {
  const words: PdfChunk[][] = [];
  chunk.parts.forEach((part, index) => {
    const previous = chunk.parts[index - 1];
    const apart =
      previous !== undefined &&
      part.left - previous.right > HEADER_WORD_GAP * part.size &&
      CHINESE_EDGE_END.test(previous.text) &&
      CHINESE_EDGE_START.test(part.text);
    if (words.length === 0 || apart) words.push([]);
    words.at(-1)?.push(part);
  });
  if (words.length <= 1) return [chunk];
  return words.map((parts) => ({
    ...chunk,
    text: joinRuns(parts),
    left: Math.min(...parts.map((part) => part.left)),
    right: Math.max(...parts.map((part) => part.right)),
    parts: parts.length === 1 ? [] : parts,
  }));
}

/** A chunk whose runs fall in different columns (two cells printed almost touching), split. */
export function splitAcrossColumns(chunk: PdfChunk, columns: readonly Span[]): PdfChunk[] {
  if (chunk.parts.length === 0) return [chunk];
  const pieces: PdfChunk[][] = [];
  let lastColumn = -1;
  partColumns(chunk.parts, columns).forEach((column, index) => {
    if (column !== lastColumn) pieces.push([]);
    pieces.at(-1)?.push(chunk.parts[index] as PdfChunk);
    lastColumn = column;
  });
  if (pieces.length === 1) return [chunk];
  return pieces.map((parts) => ({
    ...chunk,
    text: joinRuns(parts),
    left: Math.min(...parts.map((part) => part.left)),
    right: Math.max(...parts.map((part) => part.right)),
    parts,
  }));
}

/**
 * The column of each run. A run standing between two columns (the 「)」 of 「148.8(可比价)」 run past
 * its cell's text area) belongs with the run it touches on its left, else with the next one.
 */
function partColumns(parts: readonly PdfChunk[], columns: readonly Span[]): number[] {
  const inside = parts.map((part) =>
    columns.some((span) => overlap(span, part) > 0) ? bestColumn(part, columns) : null,
  );
  const resolved: number[] = [];
  parts.forEach((part, index) => {
    const previous = parts[index - 1];
    const touches = previous && part.left - previous.right <= TOUCHING_GAP * part.size;
    const right = inside.slice(index + 1).find((column) => column !== null);
    resolved.push(
      inside[index] ?? (touches ? resolved[index - 1] : null) ?? right ?? bestColumn(part, columns),
    );
  });
  return resolved;
}

/** Runs this close (in font sizes) are one word. */
const TOUCHING_GAP = 0.1;

export function bestColumn(chunk: PdfChunk, columns: readonly Span[]): number {
  let best = -1;
  let most = 0;
  columns.forEach((span, column) => {
    const shared = overlap(span, chunk);
    if (shared > most) {
      most = shared;
      best = column;
    }
  });
  return best >= 0 ? best : nearestColumn(chunk, columns);
}

export function nearestColumn(chunk: PdfChunk, columns: readonly Span[]): number {
  const centre = (chunk.left + chunk.right) / 2;
  let best = 0;
  columns.forEach((span, column) => {
    const distance = Math.abs((span.left + span.right) / 2 - centre);
    const bestSpan = columns[best] as Span;
    if (distance < Math.abs((bestSpan.left + bestSpan.right) / 2 - centre)) best = column;
  });
  return best;
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left));
}
