import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tasksCommand } from '../../../cli/commands/tasks';
import type { WorkItemBundle } from '../../../shared/domain/workItemList';
import { exportWorkItemTemplate } from '../../../shared/importers/xlsxWorkItemTemplate';
import { fakeCliIo } from '../../helpers/fakeCliIo';

const ROOT = join(__dirname, '../../..');
const TASK_LIST = readFileSync(
  join(ROOT, 'tests/fixtures/source-docs/004_fac2628270a00fab.txt'),
  'utf8',
);

describe('tasksCommand', () => {
  it('prints 004’s tasks as JSON with their section, departments, deadlines and quantities', async () => {
    const { io, out, err } = fakeCliIo({ '004.txt': TASK_LIST });
    expect(await tasksCommand(['004.txt'], io)).toBe(0);
    expect(err).toEqual([]);
    const { tasks } = JSON.parse(out.join('')) as { tasks: Record<string, unknown>[] };
    expect(tasks).toHaveLength(25);
    expect(tasks[3]).toEqual({
      number: '4',
      title: '深入推进城镇污水垃圾处理',
      kind: '任务',
      section: '二、持续推进生态环境保护修复 / （一）深入推进生态环境污染治理“4+1”工程',
      lead: [
        '市住房城乡建设局',
        '市发展改革委',
        '市生态环境局',
        '各县（市、区）政府',
        '高新区',
        '昌南新区',
        '新区管委会',
      ],
      support: [],
      deadlines: ['2021 年底前'],
      quantities: [],
    });
    expect(tasks[2]).toMatchObject({
      lead: ['市生态环境局', '各县（市、区）政府'],
      support: ['市直有关单位'],
    });
  });

  it('reads the 专栏 items of a plan and a filled template', async () => {
    const plan = readFileSync(
      join(ROOT, 'tests/fixtures/source-docs/000_fcb2957cab32a824.txt'),
      'utf8',
    );
    const bundle = JSON.parse(
      readFileSync(join(ROOT, 'seeds/generated/work-seed-jdz-cjjjd-2021.json'), 'utf8'),
    ) as WorkItemBundle;
    const { io, out } = fakeCliIo({ 'plan.md': plan, 't.xlsx': exportWorkItemTemplate(bundle) });
    expect(await tasksCommand(['plan.md'], io)).toBe(0);
    const boxes = JSON.parse(out.join('')).tasks as { kind: string; quantities: string[] }[];
    expect(boxes).toHaveLength(184);
    expect(boxes[4]).toMatchObject({ kind: '工程项目', quantities: ['100 家', '1200 人以上'] });
    out.length = 0;
    expect(await tasksCommand(['t.xlsx'], io)).toBe(0);
    expect(JSON.parse(out.join('')).tasks[6].lead).toEqual([
      '市应急局',
      '各县（市、区）政府',
      '市生态环境局',
    ]);
  });

  it('reports bad input in Chinese with the line', async () => {
    const { io, err } = fakeCliIo({ 'x.txt': '一、总体要求\n加强领导。' });
    expect(await tasksCommand(['x.txt'], io)).toBe(1);
    expect(err.join('')).toBe(
      '读取任务失败：文件「x.txt」，第 1 行：未找到编号任务：任务清单应有「1.」「2.」……开头的任务\n',
    );
    expect(await tasksCommand([], io)).toBe(2);
  });

  it('runs as `npm run --silent cli -- tasks <file>`', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'cli/index.ts', 'tasks', 'tests/fixtures/source-docs/004_fac2628270a00fab.txt'],
      { cwd: ROOT },
    );
    const { tasks } = JSON.parse(stdout) as { tasks: { title: string }[] };
    expect(tasks.map((t) => t.title).at(-1)).toBe('加强宣传引导');
  }, 30_000);
});
