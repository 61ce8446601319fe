import type { PdfLine } from './pdfLines';
import { isNotesStart } from './tableNotes';

/** A table found among a PDF's lines: its header lines, body lines, and the text around it. */
export type PdfTableRegion = {
  readonly header: readonly PdfLine[];
  readonly body: readonly PdfLine[];
  readonly before: readonly PdfLine[];
  readonly after: readonly PdfLine[];
};

// A header cell is made of these characters only, besides years (指标, 2020年, 基期值, 年均/累计
// 增长(%), “十四五”目标 …); a header wrapped inside its cell (「累计或年均增」「长(%)」) passes too.
const HEADER_CHARACTERS =
  /^[序号编类别领域型方面主要指标名称项目内容单位计量属性质基期值数现状目标规划预期实际完成情况年均累增长速幅率备注说明远景比重度末底十一二三四五六七八九〇()（）/、或[\]〔〕“”"'‘’·%％]+$/;
const ATTRIBUTE_FRAGMENT = /^(预期|约束|性|预期性|约束性)$/;
const NAME_HEADER = /指标|项目|名称/;
const PAGE_NUMBER = /^[-—–]?\s*(第\s*)?\d{1,4}\s*页?\s*[-—–]?$/;
// A prose line: long text in one chunk (a paragraph of the body text, not a cell).
const PROSE_LENGTH = 30;

/**
 * Cuts a PDF's lines into tables: a table starts at a header band (lines made only of header
 * words, one of them 指标/项目/名称, with 2020年-style cells that may sit above it) and runs to its
 * notes (注：/备注：), a prose line, or the next table's header. Page numbers are dropped and a
 * header repeated at the top of a page is skipped. Lines between tables become `before`/`after`.
 */
export function findPdfTableRegions(allLines: readonly PdfLine[]): PdfTableRegion[] {
  const lines = allLines.filter((line) => line.chunks.length > 1 || !PAGE_NUMBER.test(line.text));
  const regions: { header: PdfLine[]; body: PdfLine[]; start: number; end: number }[] = [];
  let index = 0;
  while (index < lines.length) {
    const band = headerBand(lines, index);
    if (!band) {
      index += 1;
      continue;
    }
    const body: PdfLine[] = [];
    let end = band.end;
    // At the top of a page until the first line that is not header words.
    let pageTop = false;
    while (end < lines.length) {
      const line = lines[end] as PdfLine;
      if (isNotesStart(line.text) || isProse(line) || headerBand(lines, end)) break;
      pageTop = pageOf(line) > pageOf(lines[end - 1] as PdfLine) || pageTop;
      // Only there: a body line of header words (「标 目标 性」, wrapped cells) is kept.
      if (!pageTop || !isRepeatedHeader(line)) {
        body.push(line);
        pageTop = false;
      }
      end += 1;
    }
    regions.push({ header: lines.slice(band.start, band.end), body, start: band.start, end });
    index = Math.max(end, band.end);
  }
  return regions.map((region, at) => ({
    header: region.header,
    body: region.body,
    before: lines.slice(regions[at - 1]?.end ?? 0, region.start),
    after: lines.slice(region.end, regions[at + 1]?.start ?? lines.length),
  }));
}

/** The header band around line `at` when it is a table header holding 指标 (or 项目/名称). */
function headerBand(lines: readonly PdfLine[], at: number): { start: number; end: number } | null {
  const line = lines[at] as PdfLine;
  if (!isHeaderLine(line) || line.chunks.length < 2) return null;
  let start = at;
  let end = at + 1;
  while (start > 0 && isHeaderNeighbour(lines[start - 1] as PdfLine, lines[start] as PdfLine)) {
    start -= 1;
  }
  while (
    end < lines.length &&
    isHeaderNeighbour(lines[end] as PdfLine, lines[end - 1] as PdfLine)
  ) {
    end += 1;
  }
  const band = lines.slice(start, end);
  const words = band.flatMap((l) => l.chunks.map((chunk) => compact(chunk.text)));
  if (!words.some((word) => NAME_HEADER.test(word))) return null;
  if (!words.some((word) => /属性|基期|目标|增长|累计|年均|实际|(19|20)\d{2}/.test(word))) {
    return null;
  }
  return { start, end };
}

function isHeaderNeighbour(line: PdfLine, other: PdfLine): boolean {
  const gap = Math.max(line.top - other.bottom, other.top - line.bottom);
  // The first row's wrapped attribute (「预期」 over 「性」) may sit just under the header.
  const isAttribute = line.chunks.every((chunk) => ATTRIBUTE_FRAGMENT.test(compact(chunk.text)));
  return isHeaderLine(line) && !isAttribute && gap < 2.5 * Math.max(line.size, other.size);
}

function isHeaderLine(line: PdfLine): boolean {
  return line.chunks.every((chunk) => isHeaderCell(compact(chunk.text)));
}

function isHeaderCell(text: string): boolean {
  const withoutYears = text.replace(/(19|20)\d{2}/g, '');
  // 「(%)」 alone: the last line of a header wrapped in a narrow cell (「累计或年均增长」 over it).
  if (UNIT_LINE.test(text)) return true;
  return (
    /[\u4e00-\u9fff]/.test(text) && (withoutYears === '' || HEADER_CHARACTERS.test(withoutYears))
  );
}

const UNIT_LINE = /^[(（][%％][)）]$/;

function pageOf(line: PdfLine): number {
  return line.chunks[0]?.page ?? 0;
}

/** A header printed again at the top of a page: header words only, over several cells. */
function isRepeatedHeader(line: PdfLine): boolean {
  return isHeaderLine(line) && line.chunks.length >= 2 && /指标|属性|基期|目标/.test(line.text);
}

function isProse(line: PdfLine): boolean {
  return line.chunks.length === 1 && compact(line.text).length >= PROSE_LENGTH;
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
