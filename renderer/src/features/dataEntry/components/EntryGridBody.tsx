import type { EntryRowModel } from '../gridModel';
import type { GridCursor } from '../gridCursor';
import type { GridWindow } from '../gridWindow';
import type { GridRange } from '../gridSelection';
import type { LatestVerdicts } from '../latestVerdicts';
import { EntryRow, type RowEditing } from './EntryRow';

type EntryGridBodyProps = {
  rows: readonly EntryRowModel[];
  /** The rows drawn; empty space keeps the scroll height of the others. */
  window: GridWindow;
  /** Category cell spans of the drawn rows (gridWindow.ts). */
  categorySpans: readonly number[];
  cursor: GridCursor;
  /** The selected block (the cursor's cell alone when nothing more is selected). */
  range: GridRange;
  rowEditing: (row: number) => RowEditing | null;
  verdicts: LatestVerdicts;
  /** Columns of the table, for the spacers' single cell. */
  columnCount: number;
};

/** The grid's rows: those in the drawn window, between spacers standing for the rest. */
export function EntryGridBody(props: EntryGridBodyProps) {
  const { rows, window, categorySpans, cursor, range, rowEditing, verdicts, columnCount } = props;
  return (
    <tbody>
      {window.padTop > 0 ? <Spacer height={window.padTop} columns={columnCount} /> : null}
      {rows.slice(window.start, window.end).map((row, offset) => {
        const index = window.start + offset;
        return (
          <EntryRow
            key={row.indicator.id}
            row={row}
            index={index}
            categorySpan={categorySpans[offset] ?? 0}
            activeCol={index === cursor.row ? cursor.col : -1}
            selectedFrom={index >= range.top && index <= range.bottom ? range.left : -1}
            selectedTo={index >= range.top && index <= range.bottom ? range.right : -1}
            editing={rowEditing(index)}
            verdict={verdicts.byIndicator.get(row.indicator.id)}
          />
        );
      })}
      {window.padBottom > 0 ? <Spacer height={window.padBottom} columns={columnCount} /> : null}
    </tbody>
  );
}

/** Empty height standing for rows not drawn. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="entry-spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height, padding: 0, border: 'none' }} />
    </tr>
  );
}
