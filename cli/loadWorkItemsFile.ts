/**
 * Reads a task list for the CLI (`tasks <file>`, `report --tasks <file>`): a task list in the 004
 * layout or a plan's 专栏 boxes (.txt), or a filled work-item template (.xlsx), through the same
 * importers the app uses. A Chinese problem when the file cannot be read or parsed.
 */
import type { WorkItemBundle } from '../shared/domain/workItemList';
import { importWorkItemsFromText } from '../shared/importers/tasks/importWorkItemsFromText';
import type { Result } from '../shared/lib/result';
import type { CliIo } from './io';

/** The list and its items, or why not. */
export async function loadWorkItemsFile(path: string, io: CliIo): Promise<Result<WorkItemBundle>> {
  const fileName = path.split(/[\\/]/).at(-1) ?? path;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { message: `无法读取文件「${path}」：${detail}` } };
  }
  const options = { listId: 'cli-tasks', fileName, origin: { type: 'file' as const, fileName } };
  if (/\.xlsx$/i.test(path)) {
    const { importWorkItemWorkbook } = await import('../shared/importers/xlsxWorkItemTemplate');
    return importWorkItemWorkbook(bytes, options);
  }
  return importWorkItemsFromText(new TextDecoder('utf-8').decode(bytes), options);
}
