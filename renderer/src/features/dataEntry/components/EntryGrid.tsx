import { useCallback, useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import { editText } from '../cellInput';
import type { EntryGridModel } from '../gridModel';
import { useGridEditing } from '../hooks/useGridEditing';
import { usePasteBlock } from '../hooks/usePasteBlock';
import type { ValueWriter } from '../hooks/useValueWriter';
import type { LatestVerdicts } from '../latestVerdicts';
import { EntryGridHead } from './EntryGridHead';
import { EntryRow } from './EntryRow';

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
  const { cursor, editing, rowEditing, startEditing, setCursor, onKeyDown } = useGridEditing(
    model,
    writer,
    { grid: focusGrid, editor: focusEditor },
  );
  const onPaste = usePasteBlock(model, cursor, writer);

  useEffect(() => {
    const cell = gridRef.current?.querySelector(
      `td[data-row="${cursor.row}"][data-col="${cursor.col}"]`,
    );
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [cursor.row, cursor.col]);

  const cellAt = (event: MouseEvent<HTMLElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-col]');
    if (!cell) return null;
    return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
  };
  const onMouseDown = (event: MouseEvent<HTMLElement>) => {
    const at = cellAt(event);
    if (!at || editing) return;
    setCursor(at);
    event.preventDefault();
    focusGrid();
  };
  const onDoubleClick = (event: MouseEvent<HTMLElement>) => {
    const at = cellAt(event);
    if (at && !editing) startEditing(at, editText(model, at));
  };

  return (
    <div
      ref={gridRef}
      className="entry-grid"
      tabIndex={0}
      aria-label="数据填报表：方向键移动，直接输入即编辑"
      onKeyDown={onKeyDown}
      onPaste={(event) => void onPaste(event)}
      onMouseDown={onMouseDown}
      onDoubleClick={onDoubleClick}
    >
      <table role="grid" aria-label="数据填报表">
        <EntryGridHead years={model.years} verdictYear={verdicts.year} />
        <tbody>
          {model.rows.map((row, index) => (
            <EntryRow
              key={row.indicator.id}
              row={row}
              index={index}
              activeCol={index === cursor.row ? cursor.col : -1}
              editing={rowEditing(index)}
              verdict={verdicts.byIndicator.get(row.indicator.id)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
