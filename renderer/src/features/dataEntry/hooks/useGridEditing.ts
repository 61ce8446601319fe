import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { App } from 'antd';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../../state/appStore';
import { editText, readCellInput } from '../cellInput';
import type { CursorKey, GridBounds, GridCursor } from '../gridCursor';
import { clampCursor, moveInTabRun } from '../gridCursor';
import type { EntryGridModel } from '../gridModel';
import { changeForCell } from '../gridModel';
import { clampAnchor, copyBlock } from '../gridSelection';
import { copyToClipboard } from '../copyToClipboard';
import type { RowEditing } from '../components/EntryRow';
import type { ValueWriter } from './useValueWriter';
import { useConfirmWarnings } from './useConfirmWarnings';
import { handleGridKey } from './gridKeys';
import { useClearRange } from './useClearRange';

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
  const stored = useAppStore(
    useShallow((s) => ({ cursor: s.dataEntry.cursor, anchor: s.dataEntry.anchor })),
  );
  const cursor = clampCursor(stored.cursor, bounds);
  const anchor = clampAnchor(stored.anchor, bounds);
  const setCursor = useAppStore((s) => s.setEntryCursor);
  const [editing, setEditingState] = useState<EditState | null>(null);
  const editingRef = useRef<EditState | null>(null);
  const isBusy = useRef(false);
  const confirmWarnings = useConfirmWarnings();
  const clearRange = useClearRange(model, writer);
  const { message } = App.useApp();

  const setEditing = (next: EditState | null) => {
    editingRef.current = next;
    setEditingState(next);
  };

  const whileBusy = <T>(ask: () => Promise<T>) => waitWithEditorOpen(isBusy, ask);

  const commit = async (move: CursorKey | null) => {
    const edit = editingRef.current;
    if (!edit || isBusy.current) return;
    const reading = readCellInput(model, edit, edit.text);
    if (!reading.ok) return setEditing({ ...edit, error: reading.error });
    if (
      reading.warnings.length > 0 &&
      !(await whileBusy(() => confirmWarnings(reading.warnings)))
    ) {
      setEditing({ ...edit, error: null });
      return focusEditor();
    }
    if (!(await whileBusy(writer.ensureUser))) {
      setEditing({ ...edit, error: '尚未保存：请填写姓名后按 Enter 保存，或按 Esc 放弃' });
      return focusEditor();
    }
    setEditing(null);
    const { tabStart } = useAppStore.getState().dataEntry;
    if (move) {
      const next = moveInTabRun(edit, move, bounds, tabStart);
      setCursor(next.cursor, { tabStart: next.tabStart });
    }
    focusGrid(true);
    await writer.write([changeForCell(model, edit, reading.input)], { type: 'manual' });
    focusGrid();
  };

  const startEditing = (at: GridCursor, text: string) => {
    // Typing keeps the Tab run going (Tab, type, Tab, type, Enter), as in Excel.
    setCursor(at, { tabStart: useAppStore.getState().dataEntry.tabStart });
    setEditing({ ...at, text, error: null });
  };

  const rowEditing = (rowIndex: number): RowEditing | null =>
    editing?.row === rowIndex
      ? editorHandlers(editing, setEditing, commit, () => {
          setEditing(null);
          focusGrid(true);
        })
      : null;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // The cursor as stored now: held-down keys can arrive before React re-renders.
    const state = useAppStore.getState().dataEntry;
    const current = clampCursor(state.cursor, bounds);
    handleGridKey(event, {
      cursor: current,
      anchor: clampAnchor(state.anchor, bounds),
      tabStart: state.tabStart,
      bounds,
      select: setCursor,
      startEditing,
      editStored: () => startEditing(current, editText(model, current)),
      clearRange: (range) => void clearRange(range),
      copyRange: (range) => copyToClipboard(copyBlock(model, range)),
      writer,
      warnNoRows: () => void message.info('该规划还没有指标'),
    });
  };

  return { cursor, anchor, editing, rowEditing, startEditing, setCursor, onKeyDown };
}

/**
 * Waits for a dialog (plausibility warnings, the user's name) with the editor kept open and its
 * blur ignored, so nothing typed is lost when the dialog is cancelled (issue 15 item 1).
 */
async function waitWithEditorOpen<T>(
  isBusy: { current: boolean },
  ask: () => Promise<T>,
): Promise<T> {
  isBusy.current = true;
  try {
    return await ask();
  } finally {
    isBusy.current = false;
  }
}

function editorHandlers(
  editing: EditState,
  setEditing: (next: EditState | null) => void,
  commit: (move: CursorKey | null) => Promise<void>,
  cancel: () => void,
): RowEditing {
  return {
    col: editing.col,
    text: editing.text,
    error: editing.error,
    onChange: (text) => setEditing({ ...editing, text, error: null }),
    onCommit: (move) => void commit(move),
    onCancel: cancel,
  };
}
