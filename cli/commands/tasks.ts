import { outlinePlaceLabel } from '../../shared/domain/outlinePlaceLabel';
import { leadDepartments, supportDepartments, type WorkItem } from '../../shared/domain/workItem';
import { formatProblem } from '../../shared/lib/result';
import type { CliIo } from '../io';
import { loadWorkItemsFile } from '../loadWorkItemsFile';

const USAGE = '用法：tasks <任务清单.txt|规划文本.txt|任务模板.xlsx>';

/**
 * `tasks <file>`: reads the work items of a task list (004 layout), of a plan's 专栏 boxes, or of
 * a filled work-item template (.xlsx) and prints them as JSON: number, title, kind, section,
 * lead and supporting departments, deadlines and quantities as written. Errors go to stderr.
 */
export async function tasksCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [file, ...rest] = argv;
  if (!file || file.startsWith('--') || rest.length > 0) {
    io.stderr(
      `${file ? `多余或未知的参数「${rest[0] ?? file}」` : '缺少要读取的文件'}\n${USAGE}\n`,
    );
    return 2;
  }
  const result = await loadWorkItemsFile(file, io);
  if (!result.ok) {
    io.stderr(`读取任务失败：${formatProblem(result.error)}\n`);
    return 1;
  }
  io.stdout(`${JSON.stringify({ tasks: result.value.items.map(describeItem) }, null, 2)}\n`);
  return 0;
}

function describeItem(item: WorkItem) {
  return {
    number: item.number,
    title: item.title,
    kind: item.kind,
    section: outlinePlaceLabel(item.place),
    lead: leadDepartments(item),
    support: supportDepartments(item),
    deadlines: item.deadlines.map((d) => d.text),
    quantities: item.quantities.map((q) => q.text),
  };
}
