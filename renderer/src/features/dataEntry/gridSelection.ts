/**
 * The block selected in the entry grid (issue 15 item 2, as in Excel): the anchor where Shift or
 * the drag started and the cursor at the other corner. Pure, so the keys and the copied text are
 * tested without a browser.
 */
import type { ValueChange } from '../../db/repositories/actualValuesRepository';
import type { GridBounds, GridCursor } from './gridCursor';
import { clampCursor } from './gridCursor';
import type { EntryGridModel } from './gridModel';

/** A rectangle of year cells, corners included. */
export type GridRange = {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
};

/** The block between the anchor (null: no block, just the cursor) and the cursor. */
export function selectionRange(anchor: GridCursor | null, cursor: GridCursor): GridRange {
  const from = anchor ?? cursor;
  return {
    top: Math.min(from.row, cursor.row),
    left: Math.min(from.col, cursor.col),
    bottom: Math.max(from.row, cursor.row),
    right: Math.max(from.col, cursor.col),
  };
}

/** The anchor kept inside the grid (rows may have been deleted since), or null. */
export function clampAnchor(anchor: GridCursor | null, bounds: GridBounds): GridCursor | null {
  return anchor ? clampCursor(anchor, bounds) : null;
}

/** True when the block holds more than one cell. */
export function isBlock(range: GridRange): boolean {
  return range.bottom > range.top || range.right > range.left;
}

/** The selected columns of a row (null when the row is outside the block). */
export function rowSpan(range: GridRange, row: number): { left: number; right: number } | null {
  return row < range.top || row > range.bottom ? null : { left: range.left, right: range.right };
}

/** Ctrl+A: every year cell of the plan, the anchor at the top left and the cursor at the end. */
export function wholeYearBlock(bounds: GridBounds): { anchor: GridCursor; cursor: GridCursor } {
  return {
    anchor: { row: 0, col: 0 },
    cursor: { row: Math.max(0, bounds.rows - 1), col: Math.max(0, bounds.cols - 1) },
  };
}

/**
 * Delete on a block: one change per stored value in it (empty cells are left out), written as one
 * batch so it is one undo step and one change-log batch.
 */
export function clearBlockChanges(model: EntryGridModel, range: GridRange): ValueChange[] {
  const changes: ValueChange[] = [];
  for (let row = range.top; row <= range.bottom; row += 1) {
    const entry = model.rows[row];
    if (!entry) continue;
    for (let col = range.left; col <= range.right; col += 1) {
      const year = model.years[col];
      if (entry.cells[col] && year !== undefined) {
        changes.push({ indicatorId: entry.indicator.id, year, measure: 'value', next: null });
      }
    }
  }
  return changes;
}

/** The block as Excel puts it on the clipboard: plain numbers, tabs between cells. */
export type CopiedBlock = { readonly text: string; readonly html: string };

/**
 * Ctrl+C: the block's stored values as tab-separated lines (empty cells empty, numbers without
 * thousands separators so Excel reads them as numbers) and the same as an HTML table for WPS.
 */
export function copyBlock(model: EntryGridModel, range: GridRange): CopiedBlock {
  const lines: string[][] = [];
  for (let row = range.top; row <= range.bottom; row += 1) {
    const line: string[] = [];
    for (let col = range.left; col <= range.right; col += 1) {
      const value = model.rows[row]?.cells[col]?.value;
      line.push(value === undefined ? '' : String(value));
    }
    lines.push(line);
  }
  const text = lines.map((line) => line.join('\t')).join('\r\n');
  const body = lines
    .map((line) => `<tr>${line.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('');
  return { text, html: `<table>${body}</table>` };
}
