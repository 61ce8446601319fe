import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { MouseEvent } from 'react';
import { editText } from '../cellInput';
import type { EntryGridModel } from '../gridModel';
import { windowCategorySpans } from '../gridWindow';
import { selectionRange } from '../gridSelection';
import { useGridPointer } from '../hooks/useGridPointer';
import { useGridWindow } from '../hooks/useGridWindow';
import { useGridEditing } from '../hooks/useGridEditing';
import { usePasteBlock } from '../hooks/usePasteBlock';
import type { ValueWriter } from '../hooks/useValueWriter';
import type { LatestVerdicts } from '../latestVerdicts';
import { EntryGridHead } from './EntryGridHead';
import { EntryGridBody } from './EntryGridBody';
import './entryGrid.css';

type EntryGridProps = {
  model: EntryGridModel;
  verdicts: LatestVerdicts;
  writer: ValueWriter;
};

/**
 * The entry grid: a plain table (cheap for 500 × 6 cells) with a sticky header and the indicator
 * column fixed on the left, driven by the keyboard like Excel (UX.md「Keyboard first」).
 */
export function EntryGrid({ model, verdicts, writer }: EntryGridProps) {
  const gridRef = useRef<HTMLDivElement>(null);
  // Back to the grid after an edit; never steal the focus from an editor the user is typing in
  // (a write finishing late), unless that editor is the one being closed (force).
  const focusGrid = useCallback((force = false) => {
    const grid = gridRef.current;
    const active = document.activeElement;
    if (!grid || (!force && active instanceof HTMLInputElement && grid.contains(active))) return;
    grid.focus({ preventScroll: true });
  }, []);
  // After a warning dialog closes, give the editor back its focus so the user can correct.
  const focusEditor = useCallback(
    () =>
      setTimeout(() => gridRef.current?.querySelector<HTMLInputElement>('.entry-editor')?.focus()),
    [],
  );
  const { cursor, anchor, editing, rowEditing, startEditing, setCursor, onKeyDown } =
    useGridEditing(model, writer, { grid: focusGrid, editor: focusEditor });
  const range = selectionRange(anchor, cursor);
  const onPaste = usePasteBlock(model, { row: range.top, col: range.left }, writer);
  const pointer = useGridPointer({
    model,
    cursor,
    anchor,
    range,
    isEditing: editing !== null,
    select: setCursor,
    focusGrid: () => focusGrid(),
  });
  const { window, onScroll, rowHeight } = useGridWindow(gridRef, model.rows.length);
  const categories = useMemo(() => model.rows.map((row) => row.indicator.category), [model.rows]);
  const spans = windowCategorySpans(categories, window);

  // Bring the cursor's cell into view when the cursor moves (not when the user scrolls). A row
  // outside the drawn window is scrolled to first; the window follows and the next pass reveals it.
  const reveal = useRef(0);
  useEffect(() => {
    reveal.current = 2;
  }, [cursor.row, cursor.col]);
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid || reveal.current === 0) return;
    const cell = grid.querySelector(`td[data-row="${cursor.row}"][data-col="${cursor.col}"]`);
    reveal.current = cell ? 0 : reveal.current - 1;
    if (cell) cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    else grid.scrollTop = Math.max(0, cursor.row * rowHeight - grid.clientHeight / 3);
  }, [cursor.row, cursor.col, window.start, rowHeight]);

  const onDoubleClick = (event: MouseEvent<HTMLElement>) => {
    const at = pointer.cellAt(event);
    if (at && !editing) startEditing(at, editText(model, at));
  };

  return (
    <div
      ref={gridRef}
      className="entry-grid"
      tabIndex={0}
      aria-label="数据填报表：方向键移动，Shift+方向键或拖动选择区域，直接输入即编辑"
      onKeyDown={onKeyDown}
      onPaste={(event) => void onPaste(event)}
      onCopy={pointer.onCopy}
      onMouseDown={pointer.onMouseDown}
      onMouseOver={pointer.onMouseOver}
      onDoubleClick={onDoubleClick}
      onScroll={onScroll}
    >
      <table role="grid" aria-label="数据填报表">
        <EntryGridHead years={model.years} verdictYear={verdicts.year} />
        <EntryGridBody
          rows={model.rows}
          window={window}
          categorySpans={spans}
          cursor={cursor}
          range={range}
          rowEditing={rowEditing}
          verdicts={verdicts}
          columnCount={model.years.length + 4}
        />
      </table>
    </div>
  );
}
