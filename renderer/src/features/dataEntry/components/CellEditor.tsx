import type { KeyboardEvent } from 'react';
import type { CursorKey } from '../gridCursor';

type CellEditorProps = {
  text: string;
  error: string | null;
  onChange: (text: string) => void;
  /** Commit, then move the cursor with the key (null: stay). */
  onCommit: (move: CursorKey | null) => void;
  onCancel: () => void;
};

/**
 * The in-cell editor, mounted only while a cell is edited (the grid renders plain text otherwise).
 * Enter, Tab and ↑/↓ commit and move as in Excel; Esc cancels; leaving the cell commits.
 */
export function CellEditor({ text, error, onChange, onCommit, onCancel }: CellEditorProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = commitKey(event);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (move) {
      event.preventDefault();
      event.stopPropagation();
      onCommit(move);
    } else {
      event.stopPropagation();
    }
  };
  return (
    <>
      <input
        className={error ? 'entry-editor has-error' : 'entry-editor'}
        aria-label="单元格数值"
        aria-invalid={error ? true : undefined}
        autoFocus
        value={text}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => onCommit(null)}
        onFocus={(event) => {
          const end = event.target.value.length;
          event.target.setSelectionRange(end, end);
        }}
      />
      {error ? (
        <div className="entry-cell-error" role="alert">
          {error}
        </div>
      ) : null}
    </>
  );
}

function commitKey(event: KeyboardEvent<HTMLInputElement>): CursorKey | null {
  if (event.nativeEvent.isComposing) return null;
  switch (event.key) {
    case 'Enter':
      return event.shiftKey ? 'ShiftEnter' : 'Enter';
    case 'Tab':
      return event.shiftKey ? 'ShiftTab' : 'Tab';
    case 'ArrowUp':
    case 'ArrowDown':
      return event.key;
    default:
      return null;
  }
}
