import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { App } from 'antd';
import { useAppStore } from '../../../state/appStore';
import { editText, readCellInput } from '../cellInput';
import type { CursorKey, GridBounds, GridCursor } from '../gridCursor';
import { clampCursor, isTypingKey, moveCursor, toCursorKey } from '../gridCursor';
import type { EntryGridModel } from '../gridModel';
import { changeForCell } from '../gridModel';
import type { RowEditing } from '../components/EntryRow';
import type { ValueWriter } from './useValueWriter';
import { useConfirmWarnings } from './useConfirmWarnings';

/** The cell being edited: where, the text so far, and the message of a refused value. */
type EditState = GridCursor & { readonly text: string; readonly error: string | null };

/** Editing state of the grid and the commit / cancel / move actions around it. */
export function useGridEditing(
  model: EntryGridModel,
  writer: ValueWriter,
  focus: { readonly grid: (force?: boolean) => void; readonly editor: () => void },
) {
  const { grid: focusGrid, editor: focusEditor } = focus;
  const bounds: GridBounds = { rows: model.rows.length, cols: model.years.length };
  const cursor = clampCursor(
    useAppStore((s) => s.dataEntry.cursor),
    bounds,
  );
  const setCursor = useAppStore((s) => s.setEntryCursor);
  const [editing, setEditingState] = useState<EditState | null>(null);
  const editingRef = useRef<EditState | null>(null);
  const isBusy = useRef(false);
  const confirmWarnings = useConfirmWarnings();
  const { message } = App.useApp();

  const setEditing = (next: EditState | null) => {
    editingRef.current = next;
    setEditingState(next);
  };

  const commit = async (move: CursorKey | null) => {
    const edit = editingRef.current;
    if (!edit || isBusy.current) return;
    const reading = readCellInput(model, edit, edit.text);
    if (!reading.ok) return setEditing({ ...edit, error: reading.error });
    if (reading.warnings.length > 0) {
      isBusy.current = true;
      const keep = await confirmWarnings(reading.warnings);
      isBusy.current = false;
      if (!keep) {
        setEditing({ ...edit, error: null });
        return focusEditor();
      }
    }
    setEditing(null);
    if (move) setCursor(moveCursor(edit, move, bounds));
    focusGrid(true);
    await writer.write([changeForCell(model, edit, reading.input)], { type: 'manual' });
    focusGrid();
  };

  const startEditing = (at: GridCursor, text: string) => {
    setCursor(at);
    setEditing({ ...at, text, error: null });
  };

  const rowEditing = (rowIndex: number): RowEditing | null =>
    editing?.row === rowIndex
      ? {
          col: editing.col,
          text: editing.text,
          error: editing.error,
          onChange: (text) => setEditing({ ...editing, text, error: null }),
          onCommit: (move) => void commit(move),
          onCancel: () => {
            setEditing(null);
            focusGrid(true);
          },
        }
      : null;

  const clearCell = (at: GridCursor) => {
    if (!model.rows[at.row]?.cells[at.col]) return;
    void writer.write([changeForCell(model, at, { kind: 'clear' })], { type: 'manual' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // The cursor as stored now: held-down keys can arrive before React re-renders.
    const current = clampCursor(useAppStore.getState().dataEntry.cursor, bounds);
    handleGridKey(event, {
      cursor: current,
      bounds,
      setCursor,
      startEditing,
      editStored: () => startEditing(current, editText(model, current)),
      clearCell: () => clearCell(current),
      writer,
      warnNoRows: () => void message.info('该规划还没有指标'),
    });
  };

  return { cursor, editing, rowEditing, startEditing, setCursor, onKeyDown };
}

type GridKeyActions = {
  cursor: GridCursor;
  bounds: GridBounds;
  setCursor: (cursor: GridCursor) => void;
  startEditing: (at: GridCursor, text: string) => void;
  editStored: () => void;
  clearCell: () => void;
  writer: ValueWriter;
  warnNoRows: () => void;
};

/** The grid's keys when no cell is being edited (Excel's「就绪」mode). */
function handleGridKey(event: KeyboardEvent<HTMLElement>, actions: GridKeyActions) {
  if (event.target !== event.currentTarget) return;
  if (handleUndoKey(event, actions.writer)) return;
  if (actions.bounds.rows === 0) return actions.warnNoRows();
  const move = toCursorKey(event);
  if (move) {
    const next = moveCursor(actions.cursor, move, actions.bounds);
    const isStuck = next.row === actions.cursor.row && next.col === actions.cursor.col;
    // Tab at the grid's last cell (Shift+Tab at its first) leaves the grid: no keyboard trap.
    if (isStuck && (move === 'Tab' || move === 'ShiftTab')) return;
    event.preventDefault();
    actions.setCursor(next);
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    actions.clearCell();
  } else if (event.key === 'F2') {
    event.preventDefault();
    actions.editStored();
  } else if (isTypingKey(event)) {
    event.preventDefault();
    actions.startEditing(actions.cursor, event.key);
  }
}

/** Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo; true when the key was one of them. */
function handleUndoKey(event: KeyboardEvent<HTMLElement>, writer: ValueWriter): boolean {
  const key = event.key.toLowerCase();
  if (!(event.ctrlKey || event.metaKey) || (key !== 'z' && key !== 'y')) return false;
  event.preventDefault();
  void (key === 'y' || event.shiftKey ? writer.redo() : writer.undo());
  return true;
}
