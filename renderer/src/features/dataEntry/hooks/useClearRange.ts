import { App } from 'antd';
import type { EntryGridModel } from '../gridModel';
import type { GridRange } from '../gridSelection';
import { clearBlockChanges, isBlock } from '../gridSelection';
import type { ValueWriter } from './useValueWriter';

/**
 * Delete on the selection (issue 15 item 2): every stored value of the block cleared in one
 * write, so it is one undo step and one change-log batch.
 */
export function useClearRange(model: EntryGridModel, writer: ValueWriter) {
  const { message } = App.useApp();
  return async (range: GridRange) => {
    const changes = clearBlockChanges(model, range);
    if (changes.length === 0) return;
    const done = await writer.write(changes, { type: 'manual' });
    if (done && isBlock(range)) void message.success(`已清除 ${changes.length} 个单元格`);
  };
}
