import type { KeyboardEvent } from 'react';
import type { CursorMove, GridBounds, GridCursor } from '../gridCursor';
import { isTypingKey, moveCursor, moveInTabRun, toCursorKey } from '../gridCursor';
import type { GridRange } from '../gridSelection';
import { selectionRange, wholeYearBlock } from '../gridSelection';
import type { ValueWriter } from './useValueWriter';

/** What the grid's keys act on when no cell is being edited. */
export type GridKeyActions = {
  readonly cursor: GridCursor;
  readonly anchor: GridCursor | null;
  readonly tabStart: number | null;
  readonly bounds: GridBounds;
  readonly select: (
    cursor: GridCursor,
    keep?: { anchor?: GridCursor | null; tabStart?: number | null },
  ) => void;
  readonly startEditing: (at: GridCursor, text: string) => void;
  readonly editStored: () => void;
  readonly clearRange: (range: GridRange) => void;
  readonly copyRange: (range: GridRange) => void;
  readonly writer: ValueWriter;
  readonly warnNoRows: () => void;
};

/** The grid's keys when no cell is being edited (Excel's「就绪」mode). */
export function handleGridKey(event: KeyboardEvent<HTMLElement>, actions: GridKeyActions) {
  if (event.target !== event.currentTarget) return;
  if (handleUndoKey(event, actions.writer)) return;
  if (actions.bounds.rows === 0) return actions.warnNoRows();
  if (handleSelectionKey(event, actions)) return;
  const key = toCursorKey(event);
  if (key) {
    const move: CursorMove = moveInTabRun(actions.cursor, key, actions.bounds, actions.tabStart);
    const isStuck =
      move.cursor.row === actions.cursor.row && move.cursor.col === actions.cursor.col;
    // Tab at the grid's last cell (Shift+Tab at its first) leaves the grid: no keyboard trap.
    if (isStuck && (key === 'Tab' || key === 'ShiftTab')) return;
    event.preventDefault();
    actions.select(move.cursor, { tabStart: move.tabStart });
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    actions.clearRange(selectionRange(actions.anchor, actions.cursor));
  } else if (event.key === 'F2') {
    event.preventDefault();
    actions.editStored();
  } else if (isTypingKey(event)) {
    event.preventDefault();
    actions.startEditing(actions.cursor, event.key);
  }
}

/**
 * Shift+arrows (and Shift+Home/End) grow the block from its anchor; Ctrl+A selects every year
 * cell; Ctrl+C copies the block. True when the key was one of them.
 */
function handleSelectionKey(event: KeyboardEvent<HTMLElement>, actions: GridKeyActions): boolean {
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && event.key.toLowerCase() === 'c') {
    event.preventDefault();
    actions.copyRange(selectionRange(actions.anchor, actions.cursor));
    return true;
  }
  if (ctrl && event.key.toLowerCase() === 'a') {
    event.preventDefault();
    const block = wholeYearBlock(actions.bounds);
    actions.select(block.cursor, { anchor: block.anchor });
    return true;
  }
  if (!event.shiftKey || !EXTENDING_KEYS.has(event.key)) return false;
  const key = toCursorKey({ ...pickModifiers(event), shiftKey: false });
  if (!key) return false;
  event.preventDefault();
  const next = moveCursor(actions.cursor, key, actions.bounds);
  actions.select(next, { anchor: actions.anchor ?? actions.cursor });
  return true;
}

const EXTENDING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

function pickModifiers(event: KeyboardEvent<HTMLElement>) {
  return { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey };
}

/** Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo; true when the key was one of them. */
function handleUndoKey(event: KeyboardEvent<HTMLElement>, writer: ValueWriter): boolean {
  const key = event.key.toLowerCase();
  if (!(event.ctrlKey || event.metaKey) || (key !== 'z' && key !== 'y')) return false;
  event.preventDefault();
  void (key === 'y' || event.shiftKey ? writer.redo() : writer.undo());
  return true;
}
