/** The selected cell of the entry grid: row = indicator, col = year column (0 = base year). */
export type GridCursor = { readonly row: number; readonly col: number };

/** How many rows and editable columns the grid has. */
export type GridBounds = { readonly rows: number; readonly cols: number };

/** Keys that move the cursor, Excel-style (Shift+Enter and Shift+Tab move back). */
export type CursorKey =
  | 'ArrowUp'
  | 'ArrowDown'
  | 'ArrowLeft'
  | 'ArrowRight'
  | 'Enter'
  | 'ShiftEnter'
  | 'Tab'
  | 'ShiftTab'
  | 'Home'
  | 'End'
  | 'CtrlHome'
  | 'CtrlEnd';

/**
 * The cursor after a key. Arrows stop at the edges; Enter moves down; Tab moves right and wraps
 * to the next row's first year, as Excel does inside a selection.
 */
export function moveCursor(cursor: GridCursor, key: CursorKey, bounds: GridBounds): GridCursor {
  if (bounds.rows === 0 || bounds.cols === 0) return { row: 0, col: 0 };
  return MOVES[key](clampCursor(cursor, bounds), bounds.rows - 1, bounds.cols - 1);
}

type Move = (cursor: GridCursor, lastRow: number, lastCol: number) => GridCursor;

const up: Move = ({ row, col }) => ({ row: Math.max(0, row - 1), col });
const down: Move = ({ row, col }, lastRow) => ({ row: Math.min(lastRow, row + 1), col });

const MOVES: Readonly<Record<CursorKey, Move>> = {
  ArrowUp: up,
  ShiftEnter: up,
  ArrowDown: down,
  Enter: down,
  ArrowLeft: ({ row, col }) => ({ row, col: Math.max(0, col - 1) }),
  ArrowRight: ({ row, col }, _lastRow, lastCol) => ({ row, col: Math.min(lastCol, col + 1) }),
  Tab: ({ row, col }, lastRow, lastCol) => {
    if (col < lastCol) return { row, col: col + 1 };
    return row < lastRow ? { row: row + 1, col: 0 } : { row, col };
  },
  ShiftTab: ({ row, col }, _lastRow, lastCol) => {
    if (col > 0) return { row, col: col - 1 };
    return row > 0 ? { row: row - 1, col: lastCol } : { row, col };
  },
  Home: ({ row }) => ({ row, col: 0 }),
  End: ({ row }, _lastRow, lastCol) => ({ row, col: lastCol }),
  CtrlHome: () => ({ row: 0, col: 0 }),
  CtrlEnd: (_cursor, lastRow, lastCol) => ({ row: lastRow, col: lastCol }),
};

/** Keeps a cursor inside the grid (after rows were deleted, or another plan was chosen). */
export function clampCursor(cursor: GridCursor, bounds: GridBounds): GridCursor {
  return {
    row: Math.min(Math.max(0, cursor.row), Math.max(0, bounds.rows - 1)),
    col: Math.min(Math.max(0, cursor.col), Math.max(0, bounds.cols - 1)),
  };
}

/** Reads a keyboard event as a cursor key, or null when the key does not move the cursor. */
export function toCursorKey(event: {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}): CursorKey | null {
  const ctrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowUp':
    case 'ArrowDown':
    case 'ArrowLeft':
    case 'ArrowRight':
      return event.key;
    case 'Enter':
      return event.shiftKey ? 'ShiftEnter' : 'Enter';
    case 'Tab':
      return event.shiftKey ? 'ShiftTab' : 'Tab';
    case 'Home':
      return ctrl ? 'CtrlHome' : 'Home';
    case 'End':
      return ctrl ? 'CtrlEnd' : 'End';
    default:
      return null;
  }
}

/** True when a key press should start editing with that character (Excel: typing replaces). */
export function isTypingKey(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** The cursor after a key, with the column where the current run of Tabs started. */
export type CursorMove = { readonly cursor: GridCursor; readonly tabStart: number | null };

/**
 * Excel's Tab-then-Enter (issue 15 item 4): Tab, Tab, Enter goes to the next row in the column
 * where the Tabs started, so a row is typed left to right and the next one starts below the first
 * cell. Any key other than Tab ends the run.
 */
export function moveInTabRun(
  cursor: GridCursor,
  key: CursorKey,
  bounds: GridBounds,
  tabStart: number | null,
): CursorMove {
  if (key === 'Tab') {
    return { cursor: moveCursor(cursor, key, bounds), tabStart: tabStart ?? cursor.col };
  }
  const next = moveCursor(cursor, key, bounds);
  if (key === 'Enter' && tabStart !== null && next.row !== cursor.row) {
    return { cursor: clampCursor({ row: next.row, col: tabStart }, bounds), tabStart: null };
  }
  return { cursor: next, tabStart: null };
}
