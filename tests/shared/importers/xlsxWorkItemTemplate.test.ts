/** The work-item template (issue 13): one row per item, out and back in unchanged. */
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { WorkItem } from '../../../shared/domain/workItem';
import type { WorkItemBundle } from '../../../shared/domain/workItemList';
import {
  buildItemSheet,
  exportWorkItemTemplate,
  importWorkItemWorkbook,
} from '../../../shared/importers/xlsxWorkItemTemplate';

const seed = (file: string) =>
  JSON.parse(readFileSync(`seeds/generated/${file}`, 'utf8')) as WorkItemBundle;
const TASKS = seed('work-seed-jdz-cjjjd-2021.json');
const BOXES = seed('work-seed-jdz-14-boxes.json');

function roundTrip(bundle: WorkItemBundle) {
  const bytes = exportWorkItemTemplate(bundle);
  return importWorkItemWorkbook(bytes, {
    listId: bundle.list.id,
    fileName: '任务.xlsx',
    origin: bundle.list.origin,
  });
}

/** A workbook whose 任务清单 sheet is the given rows (header included). */
function workbookOf(rows: unknown[][]): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), '任务清单');
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function headerAndRows(items: readonly WorkItem[]): unknown[][] {
  const sheet = buildItemSheet(items);
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '' });
}

describe('work-item template', () => {
  it('round-trips 004’s 25 tasks, two-list tasks included', () => {
    const result = roundTrip(TASKS);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toEqual(TASKS);
  });

  it('round-trips the 184 专栏 items of 000 with planned investment and years', () => {
    const items = BOXES.items.map((item) =>
      item.kind === '工程项目' && item.number === '10-1'
        ? {
            ...item,
            project: {
              totalInvestment: 125000.5,
              annualInvestment: { '2021': 20000, '2022': 30000 },
              startYear: 2021,
              endYear: 2025,
            },
          }
        : item,
    );
    const bundle = { ...BOXES, items };
    const result = roundTrip(bundle);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toEqual(bundle);
  });

  it('names the cell of a changed column', () => {
    const rows = headerAndRows(TASKS.items.slice(0, 2));
    (rows[0] as string[])[9] = '责任单位';
    const result = importWorkItemWorkbook(workbookOf(rows), { listId: 'x', fileName: 'a.xlsx' });
    expect(result).toEqual({
      ok: false,
      error: {
        message:
          '第 J 列的表头应为「牵头单位」，实际为「责任单位」：模板的列被改动，请用导出的模板填写，不要增删或改名列',
        location: { file: 'a.xlsx', sheet: '任务清单', line: 1, column: 'J', cellText: '责任单位' },
      },
    });
  });

  it('names the cell of an unknown kind and of a 500-character department', () => {
    const rows = headerAndRows(TASKS.items.slice(0, 3));
    (rows[2] as string[])[2] = '活动';
    const kind = importWorkItemWorkbook(workbookOf(rows), { listId: 'x' });
    expect(kind.ok ? null : kind.error).toEqual({
      message: '类型应为任务、工程项目、改革举措之一',
      location: {
        file: '任务清单.xlsx',
        sheet: '任务清单',
        line: 3,
        column: 'C（类型）',
        cellText: '活动',
      },
    });
    (rows[2] as string[])[2] = '任务';
    (rows[3] as string[])[10] = `${'很'.repeat(499)}局`;
    const long = importWorkItemWorkbook(workbookOf(rows), { listId: 'x' });
    expect(long.ok ? null : long.error.message).toBe(
      '单位名称长 500 字，超过 60 字上限，请用「、」分隔各单位',
    );
    expect(long.ok ? null : long.error.location?.column).toBe('K（配合单位）');
  });

  it('refuses unreadable investment cells and a workbook without items', () => {
    const rows = headerAndRows(BOXES.items.filter((i) => i.kind === '工程项目').slice(0, 1));
    (rows[1] as string[])[12] = '2021年500万';
    const annual = importWorkItemWorkbook(workbookOf(rows), { listId: 'x' });
    expect(annual.ok ? null : annual.error.message).toBe(
      '年度计划投资应写成「2021:500；2022:800」（年份:万元，用「；」分隔）',
    );
    const empty = importWorkItemWorkbook(workbookOf(rows.slice(0, 1)), { listId: 'x' });
    expect(empty.ok ? null : empty.error.message).toBe(
      '「任务清单」中没有任何任务：表头下方应每行一项',
    );
  });

  it('takes edited departments from the cells', () => {
    const rows = headerAndRows(TASKS.items.slice(9, 10));
    (rows[1] as string[])[9] = '市林业局、市自然资源局';
    (rows[1] as string[])[10] = '各县(市、区)政府';
    const result = importWorkItemWorkbook(workbookOf(rows), { listId: 'x' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.items[0]!.responsibilities).toEqual([
      { lead: ['市林业局', '市自然资源局'], support: ['各县（市、区）政府'], clause: '' },
    ]);
  });
});
