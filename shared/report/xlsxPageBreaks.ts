/**
 * Page breaks between category groups of the 主要指标进展情况表: a category is merged down its
 * rows, and a merged cell cut by a page break prints its name half on one page and half on the
 * next. Breaking before a group that does not fit keeps every category whole on one page.
 */
import type { Worksheet } from 'exceljs';
import { PRINTABLE_HEIGHT } from './xlsxSheetStyle';

/** Where the table is and how much of each page it may use. */
export type GroupPages = {
  /** Rows of each group, first and last (1-based), in order and adjacent. */
  readonly groups: readonly (readonly [number, number])[];
  /** The rows above the first group (title, header), printed on the first page only once. */
  readonly firstPageTop: readonly [number, number];
  /** The header rows repeated at the top of every further page. */
  readonly repeatedRows: readonly [number, number];
  /** The print scale in per cent. */
  readonly scale: number;
};

/** Row heights in points; a row without one counts as the sheet's default. */
function heightOf(sheet: Worksheet, [first, last]: readonly [number, number]): number {
  let height = 0;
  for (let row = first; row <= last; row += 1) {
    height += sheet.getRow(row).height ?? sheet.properties.defaultRowHeight ?? 15;
  }
  return height;
}

/**
 * Adds a manual break before every group that would otherwise be cut, and returns the rows the
 * breaks follow. A group taller than a page is cut anyway, where the spreadsheet decides.
 */
export function breakBetweenGroups(sheet: Worksheet, pages: GroupPages): number[] {
  // 2 % spare: Excel and LibreOffice round row heights to whole pixels.
  const capacity = (PRINTABLE_HEIGHT / (pages.scale / 100)) * 0.98;
  const repeated = heightOf(sheet, pages.repeatedRows);
  let used = heightOf(sheet, pages.firstPageTop);
  let isPageEmpty = true;
  const breaks: number[] = [];
  for (const group of pages.groups) {
    const height = heightOf(sheet, group);
    if (!isPageEmpty && used + height > capacity) {
      breaks.push(group[0] - 1);
      sheet.getRow(group[0] - 1).addPageBreak();
      used = repeated;
    }
    used += height;
    isPageEmpty = false;
  }
  return breaks;
}
