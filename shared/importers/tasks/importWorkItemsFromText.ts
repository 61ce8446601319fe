import type { WorkItemBundle } from '../../domain/workItemList';
import { fail, type Result } from '../../lib/result';
import { parseBoxes } from './parseBoxes';
import { parseTaskList } from './parseTaskList';
import { sourceLines } from './sourceLines';
import { MAX_WORK_ITEM_TEXT_LENGTH, type WorkItemImportOptions } from './workItemImportOptions';

/** Which layout a text is read in: a numbered task list (004) or a plan's 专栏 boxes (000, 002). */
export type WorkItemLayout = 'taskList' | 'boxes';

/** A plan document holds boxes; anything else is read as a task list. */
export function detectWorkItemLayout(text: string): WorkItemLayout {
  return sourceLines(text).some((line) => /^专栏\s*\d{1,3}\s*\S/.test(line.text))
    ? 'boxes'
    : 'taskList';
}

/**
 * Imports work items from pasted text or a document's text (the same inputs as plans): the 专栏
 * boxes of a plan, or a numbered task list. Never throws: empty, oversized or unreadable input
 * gives a located Chinese error, and nothing is returned to save.
 */
export function importWorkItemsFromText(
  text: string,
  options: WorkItemImportOptions,
  layout: WorkItemLayout = detectWorkItemLayout(text),
): Result<WorkItemBundle> {
  const at = options.fileName ? { file: options.fileName, line: 1 } : { line: 1 };
  if (typeof text !== 'string' || text.trim() === '')
    return fail('输入为空：请粘贴任务清单或规划文本', at);
  if (text.length > MAX_WORK_ITEM_TEXT_LENGTH) {
    return fail('文本过大，超过 5 百万字符上限；请只粘贴任务清单所在部分', at);
  }
  try {
    return layout === 'boxes' ? parseBoxes(text, options) : parseTaskList(text, options);
  } catch (error) {
    // Defensive: a parser bug must still reach the user as a located Chinese error.
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`导入任务时发生内部错误：${detail}`, at);
  }
}
