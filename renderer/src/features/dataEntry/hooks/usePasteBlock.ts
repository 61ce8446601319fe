import type { ClipboardEvent } from 'react';
import { App } from 'antd';
import { formatYear } from '../../../../../shared/lib/formatNumber';
import type { GridCursor } from '../gridCursor';
import type { EntryGridModel } from '../gridModel';
import { changeForCell, plausibilityWarnings } from '../gridModel';
import { planPaste } from '../pasteBlock';
import { useConfirmWarnings } from './useConfirmWarnings';
import type { ValueWriter } from './useValueWriter';

/**
 * Pastes a block copied from Excel from the selected cell on: all cells or none (a text cell or a
 * block reaching past the grid refuses the paste with a Chinese message); plausibility warnings
 * are confirmed once for the block. Logged with origin 'paste'.
 */
export function usePasteBlock(model: EntryGridModel, cursor: GridCursor, writer: ValueWriter) {
  const { message } = App.useApp();
  const confirmWarnings = useConfirmWarnings();
  return async (event: ClipboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    const text = event.clipboardData.getData('text/plain');
    const bounds = { rows: model.rows.length, cols: model.years.length };
    const plan = planPaste(text, cursor, bounds, (col) => formatYear(model.years[col] ?? 0));
    if (!plan.ok) {
      void message.error(plan.error.message);
      return;
    }
    const warnings = plan.value.flatMap((cell) => {
      const row = model.rows[cell.row];
      if (!row || cell.input.kind === 'clear') return [];
      return plausibilityWarnings(
        row,
        model.years,
        cell.col,
        cell.input.value,
        undefined,
        model.measure,
      ).map((w) => `${row.indicator.name}：${w.message}`);
    });
    if (warnings.length > 0 && !(await confirmWarnings(warnings))) return;
    const changes = plan.value.map((cell) => changeForCell(model, cell, cell.input));
    if (await writer.write(changes, { type: 'paste' })) {
      void message.success(`已粘贴 ${changes.length} 个单元格`);
    }
  };
}
