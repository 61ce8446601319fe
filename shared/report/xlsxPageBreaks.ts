/**
 * Page breaks for the 主要指标进展情况表: a category is merged down its rows, and a merged cell cut
 * by a page break prints its name half on one page and half on the next. So pages break between
 * categories, or, when a category would leave much of a page empty, inside it with the category
 * merged separately on each page and named on both. (Source-doc 002 shows the fault: its completion
 * table cuts 转型升级 at a page end, and the next page begins with a lone 级.)
 */
import type { Worksheet } from 'exceljs';
import { PRINTABLE_HEIGHT } from './xlsxSheetStyle';

/** A run of rows (first and last, 1-based). */
export type RowSpan = readonly [number, number];

/** Where the table is and how much of each page it may use. */
export type GroupPages = {
  /** Rows of each category, in order and adjacent. */
  readonly groups: readonly RowSpan[];
  /** The rows above the first group (title, header), printed once on the first page. */
  readonly firstPageTop: RowSpan;
  /** The header rows repeated at the top of every further page. */
  readonly repeatedRows: RowSpan;
  /** The print scale in per cent. */
  readonly scale: number;
};

/** A category is split rather than moved when at least this many of its rows fit and remain. */
const MIN_ROWS_PER_PART = 2;

/** A category that would fit on the next page is moved there when this share of a page or less is left. */
const SMALL_GAP = 0.3;

/**
 * Adds the page breaks and returns the parts of the groups to merge: whole groups, or a group
 * split where a page ends. Heights are the rows' own (the sheet sets every row's height).
 */
export function paginateGroups(sheet: Worksheet, pages: GroupPages): RowSpan[] {
  // 2 % spare: Excel and LibreOffice round row heights to whole pixels.
  const capacity = (PRINTABLE_HEIGHT / (pages.scale / 100)) * 0.98;
  const height = (row: number): number =>
    sheet.getRow(row).height ?? sheet.properties.defaultRowHeight ?? 15;
  const page = { used: spanHeight(pages.firstPageTop, height), isEmpty: true };
  const parts: RowSpan[] = [];
  for (const [groupFirst, last] of pages.groups) {
    let first = groupFirst;
    for (;;) {
      const rest = spanHeight([first, last], height);
      if (page.used + rest <= capacity) {
        parts.push([first, last]);
        page.used += rest;
        page.isEmpty = false;
        break;
      }
      const fitting = rowsThatFit(first, last, capacity - page.used, height);
      if (fitting === 0 && page.isEmpty) {
        parts.push([first, last]); // a single row taller than a page: the spreadsheet cuts it
        break;
      }
      // Leave at least two rows for the next page rather than one alone under the header.
      const take = Math.min(fitting, last - first + 1 - MIN_ROWS_PER_PART);
      const canSplit = take >= MIN_ROWS_PER_PART;
      const isGapSmall = capacity - page.used <= capacity * SMALL_GAP;
      const fitsNextPage = spanHeight(pages.repeatedRows, height) + rest <= capacity;
      // A category taller than a page must be split; a smaller one is split to avoid a large gap.
      if (page.isEmpty || (canSplit && !(isGapSmall && fitsNextPage))) {
        const count = canSplit ? take : fitting;
        parts.push([first, first + count - 1]);
        first += count;
      }
      sheet.getRow(first - 1).addPageBreak();
      page.used = spanHeight(pages.repeatedRows, height);
      page.isEmpty = true;
    }
  }
  return parts;
}

function spanHeight([first, last]: RowSpan, height: (row: number) => number): number {
  let total = 0;
  for (let row = first; row <= last; row += 1) total += height(row);
  return total;
}

/** How many rows from `first` fit in `space` points. */
function rowsThatFit(
  first: number,
  last: number,
  space: number,
  height: (row: number) => number,
): number {
  let used = 0;
  let count = 0;
  for (let row = first; row <= last && used + height(row) <= space; row += 1) {
    used += height(row);
    count += 1;
  }
  return count;
}
