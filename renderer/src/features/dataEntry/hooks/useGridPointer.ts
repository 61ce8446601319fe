import { useEffect, useRef } from 'react';
import type { ClipboardEvent, MouseEvent } from 'react';
import type { GridCursor } from '../gridCursor';
import type { EntryGridModel } from '../gridModel';
import type { GridRange } from '../gridSelection';
import { copyBlock } from '../gridSelection';

type GridPointerOptions = {
  readonly model: EntryGridModel;
  readonly cursor: GridCursor;
  readonly anchor: GridCursor | null;
  readonly range: GridRange;
  readonly isEditing: boolean;
  readonly select: (cursor: GridCursor, keep?: { anchor?: GridCursor | null }) => void;
  readonly focusGrid: () => void;
};

/**
 * The mouse and the clipboard on the grid (issue 15 item 2, as in Excel): a click selects a cell,
 * Shift+click or a drag selects a block, Ctrl+C copies the block as tab-separated text and HTML.
 */
export function useGridPointer(options: GridPointerOptions) {
  const { model, cursor, anchor, range, isEditing, select, focusGrid } = options;
  // The cell where the mouse went down while a drag is under way.
  const dragFrom = useRef<GridCursor | null>(null);
  useEffect(() => {
    const stop = () => {
      dragFrom.current = null;
    };
    globalThis.addEventListener('mouseup', stop);
    return () => globalThis.removeEventListener('mouseup', stop);
  }, []);

  const onMouseDown = (event: MouseEvent<HTMLElement>) => {
    const at = cellAt(event);
    if (!at || isEditing || event.button !== 0) return;
    const from = event.shiftKey ? (anchor ?? cursor) : at;
    select(at, event.shiftKey ? { anchor: from } : undefined);
    dragFrom.current = from;
    event.preventDefault();
    focusGrid();
  };
  const onMouseOver = (event: MouseEvent<HTMLElement>) => {
    const from = dragFrom.current;
    const at = from && (event.buttons & 1) === 1 ? cellAt(event) : null;
    if (from && at) select(at, { anchor: from });
  };
  const onCopy = (event: ClipboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    const block = copyBlock(model, range);
    event.clipboardData.setData('text/plain', block.text);
    event.clipboardData.setData('text/html', block.html);
  };
  return { onMouseDown, onMouseOver, onCopy, cellAt };
}

/** The year cell under the mouse, or null. */
function cellAt(event: MouseEvent<HTMLElement>): GridCursor | null {
  const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-col]');
  if (!cell) return null;
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
}
