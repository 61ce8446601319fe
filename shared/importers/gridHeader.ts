import { normaliseCellText } from '../parsing/normaliseCellText';
import { roleOfHeader } from './classifyColumns';
import { cleanCell } from './gridRows';
import { isHeaderLine } from './tableHeader';

/** Where the header of a grid is: its rows (0-based), none when the table has no header. */
export type GridHeader = { readonly rows: readonly number[]; readonly bodyStart: number };

const MAX_HEADER_SEARCH = 30;
const MAX_HEADER_ROWS = 3;
const DATA_CELL = /^(预期性|约束性)$|^[[\]()（）+\-<>≤≥]*\d+(\.\d+)?(?![\d年])/;

/**
 * Finds the header: the first row (within the first 30) with two or more cells whose words give a
 * role — one of them the name or a value column — and no data cell; the rows under it that are
 * header-like too (`2025年 | 年均[累计]` under a merged `“十四五”目标`) join it, three at most.
 */
export function findGridHeader(grid: readonly (readonly string[])[]): GridHeader {
  const limit = Math.min(grid.length, MAX_HEADER_SEARCH);
  for (let row = 0; row < limit; row += 1) {
    if (!isHeaderRow(grid[row] ?? [], true)) continue;
    const rows = [row];
    while (rows.length < MAX_HEADER_ROWS && isHeaderRow(grid[row + rows.length] ?? [], false))
      rows.push(row + rows.length);
    return { rows, bodyStart: row + rows.length };
  }
  return { rows: [], bodyStart: 0 };
}

function isHeaderRow(cells: readonly string[], first: boolean): boolean {
  const texts = [...new Set(cells.map(cleanCell).map(normaliseCellText))].filter(Boolean);
  if (texts.length === 0 || texts.some(isDataCell)) return false;
  const roles = texts.map(roleOfHeader);
  if (!first) return roles.every((role) => role !== null) || isHeaderLine(texts.join(' '));
  const known = roles.filter((role) => role !== null);
  return (
    known.length >= 2 &&
    known.some((role) => role === 'name' || role === 'base' || role === 'target' || role === 'year')
  );
}

/** A value or attribute cell; a bare year (`2020`) is a header. */
function isDataCell(text: string): boolean {
  return DATA_CELL.test(text) && !/^(19|20)\d{2}$/.test(text) && roleOfHeader(text) === null;
}
