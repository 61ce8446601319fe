import type { ValueInput } from '../../../../shared/values/parseValueInput';
import { parseValueInput } from '../../../../shared/values/parseValueInput';
import type { PlausibilitySettings } from '../../../../shared/values/plausibilitySettings';
import type { GridCursor } from './gridCursor';
import type { EntryGridModel } from './gridModel';
import { plausibilityWarnings } from './gridModel';

/** A typed text read for a cell: refused with a Chinese message, or a value with its warnings. */
export type CellInputReading =
  | { readonly ok: false; readonly error: string }
  | { readonly ok: true; readonly input: ValueInput; readonly warnings: readonly string[] };

/**
 * Reads what the user typed into a cell (issue 5「Validation」): text is refused with the parser's
 * Chinese message; a number comes with the plausibility warnings the user confirms or corrects.
 */
export function readCellInput(
  model: EntryGridModel,
  cursor: GridCursor,
  text: string,
  settings?: PlausibilitySettings,
): CellInputReading {
  const parsed = parseValueInput(text);
  if (!parsed.ok) return { ok: false, error: parsed.error.message };
  const input = parsed.value;
  const row = model.rows[cursor.row];
  if (input.kind === 'clear' || !row) return { ok: true, input, warnings: [] };
  const warnings = plausibilityWarnings(
    row,
    model.years,
    cursor.col,
    input.value,
    settings,
    model.measure,
  );
  return { ok: true, input, warnings: warnings.map((w) => w.message) };
}

/** The text a cell editor starts with when the user edits a stored value (F2, double click). */
export function editText(model: EntryGridModel, cursor: GridCursor): string {
  const value = model.rows[cursor.row]?.cells[cursor.col]?.value;
  return value === undefined ? '' : String(value);
}
