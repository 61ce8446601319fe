import { joinCellLines } from './documentGrid';
import { CATEGORY_ORDINAL } from './gridRows';
import type { DocumentTableGrid } from './documentGrid';
import {
  bestColumn,
  columnSpans,
  nearestColumn,
  overlap,
  splitAcrossColumns,
  splitHeaderWords,
  standsUnder,
  type Span,
} from './pdfColumns';
import type { PdfChunk, PdfLine } from './pdfLines';
import type { PdfTableRegion } from './pdfTableRegions';

/** The lines of one cell in one column: a wrapped name, 「预期」 over 「性」, a merged category. */
type Block = { column: number; top: number; bottom: number; chunks: PdfChunk[] };
type Row = { top: number; bottom: number; page: number; blocks: Block[] };

// Lines of one cell are closer than this (in font sizes); rows are further apart.
const CELL_LINE_GAP = 0.5;
const CATEGORY_HEADER = /类别|领域|类型|方面/;
const NAME_HEADER = /指标|项目|名称/;
const SPLIT_ATTRIBUTE = /^(预期|约束)$/;

/**
 * Rebuilds a PDF table's grid from geometry. Columns are the x-ranges covered by the body's
 * chunks (the white rivers between them separate columns); a header chunk over several columns
 * is a group label, written above each of them on a first header row. Each column's lines group
 * into cells by vertical gaps, and cells that overlap vertically form a row, so a name wrapped
 * over two lines stays with the values centred beside it. The category column (类别/领域), whose
 * merged cells hold text centred over their rows (often one character per line), is laid over the
 * rows afterwards, each category filling the rows of its merged cell.
 */
export function pdfRegionGrid(region: PdfTableRegion, index: number): DocumentTableGrid {
  const bodyChunks = region.body.flatMap((line) => line.chunks);
  const headerChunks = region.header.flatMap((line) => line.chunks.flatMap(splitHeaderWords));
  const columns = columnSpans(bodyChunks, headerChunks);
  const header = headerRows(headerChunks, columns);
  const categoryColumn = header.at(-1)?.findIndex((text) => CATEGORY_HEADER.test(text)) ?? -1;
  const blocks = columnBlocks(bodyChunks, columns);
  const nameColumn = header.at(-1)?.findIndex((text) => NAME_HEADER.test(text)) ?? -1;
  const rows = joinPageBreaks(
    sweepRows(blocks.filter((block) => block.column !== categoryColumn)),
    nameColumn,
  );
  const body = rows.map((row) => rowCells(row, columns.length));
  if (categoryColumn >= 0) {
    const categories = blocks.filter((block) => block.column === categoryColumn);
    layCategories(body, rows, categories, categoryColumn);
  }
  return {
    index,
    rows: [...header, ...body],
    before: region.before.map((line) => line.text),
    after: region.after.map((line) => line.text),
  };
}

/** One header row, or two when a header cell spans columns (“十四五”目标 over 2025年 | 年均[累计]). */
function headerRows(chunks: readonly PdfChunk[], columns: readonly Span[]): string[][] {
  const ordered = [...chunks].sort((a, b) => a.top - b.top || a.left - b.left);
  const groups: string[][] = columns.map(() => []);
  const leaves: string[][] = columns.map(() => []);
  for (const chunk of ordered) {
    const own = coveredColumns(chunk, columns);
    const covered = own.length === 1 ? (straddledPair(chunk, ordered, columns) ?? own) : own;
    const target = covered.length > 1 ? groups : leaves;
    for (const column of covered) target[column]?.push(chunk.text);
  }
  const leafRow = leaves.map((texts) => joinCellLines(texts));
  if (groups.every((texts) => texts.length === 0)) return [leafRow];
  const groupRow = groups.map((texts, column) =>
    texts.length > 0 ? joinCellLines(texts) : (leafRow[column] ?? ''),
  );
  return [groupRow, leafRow];
}

/**
 * The two columns a label names when it is centred over the gap between two header cells below
 * it (「2020年」 over 「预期值」 and 「规划目标」, both wider than the label), else null. Over wide
 * cells such a label may stand over one column's text only.
 */
function straddledPair(
  label: PdfChunk,
  chunks: readonly PdfChunk[],
  columns: readonly Span[],
): [number, number] | null {
  const centre = (label.left + label.right) / 2;
  const width = label.right - label.left;
  const below = chunks.filter((chunk) => standsUnder(chunk, label));
  const left = below
    .filter((chunk) => chunk.right <= centre)
    .sort((a, b) => b.right - a.right)
    .find((chunk) => chunk.right > label.left - width);
  const right = below
    .filter((chunk) => chunk.left >= centre)
    .sort((a, b) => a.left - b.left)
    .find((chunk) => chunk.left < label.right + width);
  if (!left || !right) return null;
  const pair: [number, number] = [bestColumn(left, columns), bestColumn(right, columns)];
  return pair[1] === pair[0] + 1 ? pair : null;
}

function coveredColumns(chunk: PdfChunk, columns: readonly Span[]): number[] {
  const width = Math.max(chunk.right - chunk.left, 1);
  const covered = columns.flatMap((span, column) =>
    overlap(span, chunk) >= 0.2 * width ? [column] : [],
  );
  return covered.length > 0 ? covered : [nearestColumn(chunk, columns)];
}

/** Each column's chunks, top to bottom, grouped into the cells they belong to. */
function columnBlocks(chunks: readonly PdfChunk[], columns: readonly Span[]): Block[] {
  const byColumn: PdfChunk[][] = columns.map(() => []);
  for (const chunk of chunks.flatMap((c) => splitAcrossColumns(c, columns))) {
    byColumn[bestColumn(chunk, columns)]?.push(chunk);
  }
  return byColumn.flatMap((list, column) => {
    const blocks: Block[] = [];
    for (const chunk of list.sort((a, b) => a.top - b.top || a.left - b.left)) {
      const last = blocks.at(-1);
      const text = last?.chunks.map((c) => c.text).join('') ?? '';
      const isCellLine =
        last !== undefined &&
        (chunk.top - last.bottom < CELL_LINE_GAP * chunk.size || SPLIT_ATTRIBUTE.test(text));
      if (last && isCellLine) {
        last.chunks.push(chunk);
        last.bottom = Math.max(last.bottom, chunk.bottom);
      } else blocks.push({ column, top: chunk.top, bottom: chunk.bottom, chunks: [chunk] });
    }
    return blocks;
  });
}

/** Cells overlapping vertically (beyond a sliver) are one row. */
function sweepRows(blocks: readonly Block[]): Row[] {
  const rows: Row[] = [];
  for (const block of [...blocks].sort((a, b) => a.top - b.top)) {
    const last = rows.at(-1);
    const sliver = 0.15 * (block.chunks[0]?.size ?? 0);
    if (last && block.top < last.bottom - sliver) {
      last.blocks.push(block);
      last.bottom = Math.max(last.bottom, block.bottom);
    } else {
      const page = block.chunks[0]?.page ?? 0;
      rows.push({ top: block.top, bottom: block.bottom, page, blocks: [block] });
    }
  }
  return rows;
}

/**
 * A cell broken by a page break (「确保数量不减，质量提」 at the foot of a page, 「升」 at the top of
 * the next) goes on as the first row of the next page, without an indicator name: it is the rest
 * of the row above, not a row of its own (which would be a merged heading row named 「升」).
 */
function joinPageBreaks(rows: readonly Row[], nameColumn: number): Row[] {
  const joined: Row[] = [];
  rows.forEach((row, index) => {
    const previous = joined.at(-1);
    const isRest =
      previous !== undefined &&
      nameColumn >= 0 &&
      row.page > (rows[index - 1] as Row).page &&
      // A heading row at the top of a page (「二、民生福祉」) is a row, not the rest of a cell.
      !row.blocks.some(
        (block) => block.column === nameColumn || CATEGORY_ORDINAL.test(textOf(block)),
      );
    if (isRest) previous.blocks.push(...row.blocks);
    else joined.push(row);
  });
  return joined;
}

function textOf(block: Block): string {
  return joinCellLines(block.chunks.map((chunk) => chunk.text));
}

/** A row's cells; a row that is one cell alone (一、经济发展) spans the table, as a merged row. */
function rowCells(row: Row, width: number): string[] {
  const cells = Array.from({ length: width }, () => '');
  for (const block of row.blocks) {
    cells[block.column] = joinCellLines([cells[block.column] ?? '', textOf(block)]);
  }
  const filled = cells.filter((text) => text !== '');
  return filled.length === 1 && width > 2 ? cells.map(() => filled[0] as string) : cells;
}

/**
 * Lays each category over the rows of its merged cell. Top-aligned text (Word's default) starts
 * its cell's first row. Centred text (web pages, LibreOffice) sits at the middle of its cell's
 * part on the page where it is printed, or at the top of a cell split by a page break, so the
 * rows are shared out in order so that each text is as close as possible to the middle of its rows
 * on its page: a small dynamic programme over where each category starts.
 */
function layCategories(
  body: string[][],
  rows: readonly Row[],
  blocks: readonly Block[],
  column: number,
): void {
  if (rows.length === 0 || blocks.length === 0) return;
  const starts = topAlignedStarts(rows, blocks) ?? centredStarts(rows, blocks);
  starts.forEach((first, at) => {
    const end = starts[at + 1] ?? rows.length;
    const text = joinCellLines((blocks[at] as Block).chunks.map((chunk) => chunk.text));
    for (let row = first; row < end; row += 1) (body[row] as string[])[column] = text;
  });
}

/** Each category's first row when every category starts level with a row, else null. */
function topAlignedStarts(rows: readonly Row[], blocks: readonly Block[]): number[] | null {
  const starts = blocks.map((block) => {
    const tolerance = 0.35 * (block.chunks[0]?.size ?? 0);
    return rows.findIndex((row) => Math.abs(row.top - block.top) < tolerance);
  });
  const isOrdered = starts.every((start, at) => start >= 0 && start > (starts[at - 1] ?? -1));
  return isOrdered && starts[0] === 0 ? starts : null;
}

function centredStarts(rows: readonly Row[], blocks: readonly Block[]): number[] {
  const n = rows.length;
  const m = blocks.length;
  // cost[k][s]: least total distance when categories k.. cover rows s..n-1; next[k][s]: its end.
  const cost = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const next = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(n));
  (cost[m] as number[])[n] = 0;
  for (let k = m - 1; k >= 0; k -= 1) {
    for (let start = 0; start < n; start += 1) {
      for (let end = start + 1; end <= n - (m - 1 - k); end += 1) {
        const rest = cost[k + 1]?.[end] ?? Infinity;
        if (rest === Infinity) continue;
        const total = rest + offCentre(rows, start, end, blocks[k] as Block);
        if (total < (cost[k]?.[start] ?? Infinity)) {
          (cost[k] as number[])[start] = total;
          (next[k] as number[])[start] = end;
        }
      }
    }
  }
  const starts: number[] = [];
  let start = 0;
  for (let k = 0; k < m && start < n; k += 1) {
    starts.push(start);
    start = next[k]?.[start] ?? n;
  }
  return starts;
}

/** How far a category's text is from the middle of its rows on its page (Infinity if outside). */
function offCentre(rows: readonly Row[], start: number, end: number, block: Block): number {
  const page = block.chunks[0]?.page ?? 0;
  const onPage = rows.slice(start, end).filter((row) => row.page === page);
  const first = onPage[0];
  const last = onPage.at(-1);
  if (!first || !last) return Infinity;
  const middle = (block.top + block.bottom) / 2;
  if (middle < first.top || middle > last.bottom) return Infinity;
  const centred = Math.abs((first.top + last.bottom) / 2 - middle);
  // A cell running on to the next page prints its text at the top of its first part (Writer).
  const runsOn = rows.slice(start, end).some((row) => row.page > page);
  return runsOn ? Math.min(centred, Math.abs(first.top - block.top)) : centred;
}

/** The lines' text, one per line, for the text path when no table is found. */
export function pdfLinesText(lines: readonly PdfLine[]): string {
  return lines.map((line) => line.text).join('\n');
}
