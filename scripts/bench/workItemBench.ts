import { readFileSync } from 'node:fs';
import { asWorkItemListId } from '../../shared/domain/ids';
import type { PlanBundle } from '../../shared/domain/planBundle';
import type { WorkItem } from '../../shared/domain/workItem';
import type { WorkItemBundle } from '../../shared/domain/workItemList';
import { importWorkItemsFromText } from '../../shared/importers/tasks/importWorkItemsFromText';
import { importDepartmentWorkbook } from '../../shared/importers/xlsxDepartmentWorkbook';
import { buildDepartmentWorkbook } from '../../shared/importers/xlsxDepartmentWorkbookBuild';
import {
  exportWorkItemTemplate,
  importWorkItemWorkbook,
} from '../../shared/importers/xlsxWorkItemTemplate';
import { medianMs, medianMsAsync, type BenchResult } from './measure';

const TASKS = JSON.parse(
  readFileSync('seeds/generated/work-seed-jdz-cjjjd-2021.json', 'utf8'),
) as WorkItemBundle;
const JDZ = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;

/** A task list of `count` numbered tasks: 004's 25 tasks over and over, under 004's parts. */
function taskListOf(count: number): string {
  const bodies = TASKS.items.map((item) => item.text);
  const lines = ['一、重点任务'];
  for (let n = 1; n <= count; n += 1) lines.push(`${n}.${bodies[(n - 1) % bodies.length]}`, '');
  return lines.join('\n');
}

/** `count` items, 004's tasks repeated with fresh ids and numbers. */
function itemsOf(count: number): WorkItem[] {
  const listId = asWorkItemListId('bench');
  return Array.from({ length: count }, (_, index) => {
    const item = TASKS.items[index % TASKS.items.length]!;
    const id = `bench/${String(index + 1).padStart(4, '0')}`;
    return { ...item, id, listId, order: index + 1, number: String(index + 1) } as WorkItem;
  });
}

/**
 * Issue 13: importing 1,000 work items (from text and from the template), and a department's
 * workbook of 200 items built and read back (the 25 tasks of 004, repeated).
 */
export async function runWorkItemBenchmarks(): Promise<BenchResult[]> {
  const text = taskListOf(1000);
  const fromText = medianMs(() => importWorkItemsFromText(text, { listId: 'bench' }), 7, 2);
  const bundle = { list: { ...TASKS.list, id: asWorkItemListId('bench') }, items: itemsOf(1000) };
  const template = exportWorkItemTemplate(bundle);
  const fromTemplate = medianMs(() => importWorkItemWorkbook(template, { listId: 'bench' }), 5, 1);
  const items = itemsOf(200).map((item) => ({
    ...item,
    responsibilities: [{ lead: ['市林业局'], support: [], clause: '' }],
  }));
  const sources = [{ listId: asWorkItemListId('bench'), listName: '基准清单', items }];
  const options = {
    department: '市林业局',
    years: [2021, 2022, 2023],
    now: new Date('2026-11-22T00:00:00Z'),
    period: { year: 2023, span: '全年' as const },
  };
  const build = () => buildDepartmentWorkbook(JDZ.plan, JDZ.indicators, [], sources, [], options);
  const built = await build();
  const buildMs = await medianMsAsync(build, 5, 1);
  const readMs = medianMs(
    () => importDepartmentWorkbook(built, 'b.xlsx', JDZ.plan, JDZ.indicators, [], sources, []),
    5,
    1,
  );
  const row = (name: string, value: number): BenchResult => ({
    name,
    value,
    unit: 'ms',
    target: '',
    ok: true,
  });
  return [
    row('导入 1,000 项任务（编号任务清单文本）', fromText),
    row('导入 1,000 项任务（任务清单模板 .xlsx）', fromTemplate),
    row('生成部门填报表（200 项任务）', buildMs),
    row('读取部门填报表（200 项任务，含预览比对）', readMs),
  ];
}
