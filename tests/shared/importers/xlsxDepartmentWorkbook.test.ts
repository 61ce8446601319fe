/**
 * A department's workbook (issue 13「Department templates」): its indicators and its work items,
 * out and back in with a preview.
 */
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { asWorkItemId } from '../../../shared/domain/ids';
import type { ActualValue } from '../../../shared/domain/actualValue';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import type { WorkItemProgress } from '../../../shared/domain/workItemProgress';
import { selectDepartmentItems } from '../../../shared/importers/xlsxDepartmentItemsBuild';
import { importDepartmentWorkbook } from '../../../shared/importers/xlsxDepartmentWorkbook';
import { buildDepartmentWorkbook } from '../../../shared/importers/xlsxDepartmentWorkbookBuild';
import { fillOf, openWithExcelJs } from '../../helpers/openWithExcelJs';
import { readWorkItemSeed } from '../../helpers/workItemSeeds';

const jdz = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
// The seed names no 责任单位; the evaluator assigns 森林覆盖率 to 市林业局.
const indicators = jdz.indicators.map((i) =>
  i.name === '森林覆盖率' ? { ...i, departments: ['市林业局'] } : i,
);
const TASKS = readWorkItemSeed('seed-jdz-cjjjd-2021');
const sources = [{ listId: TASKS.list.id, listName: TASKS.list.name, items: TASKS.items }];
const WETLAND = asWorkItemId('seed-jdz-cjjjd-2021/011');
const stored: WorkItemProgress[] = [
  {
    itemId: WETLAND,
    year: 2021,
    span: '全年',
    status: '序时推进',
    shareDone: 50,
    text: '湿地银行试点已申报',
    investmentDone: null,
    source: '市林业局',
    reporter: '李四',
  },
];
const OPTIONS = {
  department: '市林业局',
  years: [2021],
  now: new Date('2026-11-22T09:30:00Z'),
  period: { year: 2021, span: '全年' as const },
};

// Built once (exceljs writes asynchronously); each test takes a fresh copy.
const BUILT = await buildDepartmentWorkbook(jdz.plan, indicators, [], sources, stored, OPTIONS);

function build(): Uint8Array {
  return BUILT.slice();
}

/** Fills cells (sheet → A1 address → value) of a workbook and writes it again. */
function fill(
  bytes: Uint8Array,
  cells: Record<string, Record<string, string | number>>,
): Uint8Array {
  const workbook = XLSX.read(bytes, { type: 'array' });
  for (const [sheet, values] of Object.entries(cells)) {
    for (const [address, value] of Object.entries(values)) {
      workbook.Sheets[sheet]![address] = { t: typeof value === 'number' ? 'n' : 's', v: value };
    }
  }
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function read(bytes: Uint8Array) {
  return importDepartmentWorkbook(
    bytes,
    '市林业局.xlsx',
    jdz.plan,
    indicators,
    [],
    sources,
    stored,
  );
}

describe('department workbook', () => {
  it('selects the five tasks 市林业局 leads or supports', () => {
    expect(selectDepartmentItems(TASKS.items, '市林业局').map((i) => i.number)).toEqual([
      '2',
      '10',
      '11',
      '19',
      '20',
    ]);
  });

  it('holds the department’s indicator and its items with stored progress filled in', () => {
    const workbook = XLSX.read(build(), { type: 'array' });
    expect(workbook.SheetNames).toEqual(['数据填报', '模板信息', '重点任务进展']);
    const rows = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets['重点任务进展']!, {
      header: 1,
      defval: '',
    });
    expect(rows.slice(3).map((r) => [r[2], r[3], r[5], r[6], r[7]])).toEqual([
      ['2', '举一反三促问题整改', '2021年全年', '', ''],
      ['10', '加强森林生态修复和保护', '2021年全年', '', ''],
      ['11', '加强湿地保护和生物多样性保护', '2021年全年', '序时推进', 50],
      ['19', '拓展“两山”转化通道', '2021年全年', '', ''],
      ['20', '推进文化保护与生态旅游融合发展', '2021年全年', '', ''],
    ]);
    const data = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets['数据填报']!, {
      header: 1,
      defval: '',
    });
    expect(data.slice(4).map((r) => r[2])).toEqual(['森林覆盖率']);
  });

  it('keeps the form’s styles: the input cells stay shaded and the 模板信息 sheet hidden', async () => {
    const workbook = await openWithExcelJs(build());
    const data = workbook.getWorksheet('数据填报')!;
    // G5 is 森林覆盖率's 2021 数值, I5 its 状态, G3 the period header, C5 its name.
    expect(['G5', 'I5', 'G3', 'C5'].map((address) => fillOf(data, address))).toEqual([
      'FFF2CC',
      'FFF2CC',
      'FFE699',
      undefined,
    ]);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['数据填报', 'visible'],
      ['模板信息', 'hidden'],
      ['重点任务进展', 'visible'],
    ]);
    expect(data.views[0]).toMatchObject({
      state: 'frozen',
      xSplit: 3,
      ySplit: 4,
      topLeftCell: 'D5',
    });
    expect(data.getCell('I5').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"预计数,快报数,年报数,核实数"'],
    });
  });

  it('styles 重点任务进展 as a form: the columns to fill shaded, the five statuses offered', async () => {
    const items = (await openWithExcelJs(build())).getWorksheet('重点任务进展')!;
    // Row 3 is the header; G is 状态（填报）, F 期间, D 任务.
    expect(['G3', 'F3', 'G4', 'L4', 'F4'].map((address) => fillOf(items, address))).toEqual([
      'FFE699',
      undefined,
      'FFF2CC',
      'FFF2CC',
      undefined,
    ]);
    expect(items.getCell('G4').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"已完成,序时推进,滞后,未启动,已调整"'],
      errorStyle: 'warning',
    });
    expect(items.getColumn(1).hidden).toBe(true);
    expect(items.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, topLeftCell: 'A4' });
    expect(items.getCell('D4').border?.left?.style).toBe('thin');
  });

  it('reads back the filled indicator and item rows, unchanged rows as such', () => {
    const filled = fill(build(), {
      数据填报: { G5: 68.2 },
      重点任务进展: { G5: '已完成', H5: 100, J5: '完成营造林 29.3 万亩', G6: '序时推进', H6: 50 },
    });
    const result = read(filled);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.indicators.counts).toEqual({
      new: 1,
      changed: 0,
      unchanged: 0,
      invalid: 0,
    });
    expect(result.value.items.counts).toEqual({ new: 1, changed: 0, unchanged: 1, invalid: 0 });
    expect(result.value.items.toWrite).toEqual([
      {
        listId: TASKS.list.id,
        itemId: asWorkItemId('seed-jdz-cjjjd-2021/010'),
        year: 2021,
        span: '全年',
        next: {
          status: '已完成',
          shareDone: 100,
          investmentDone: null,
          text: '完成营造林 29.3 万亩',
          source: '',
          reporter: '',
        },
      },
    ]);
  });

  it('names the cell of a bad status or share, and refuses a changed header', () => {
    const bad = read(fill(build(), { 重点任务进展: { G4: '差不多', G7: '滞后', H7: '120' } }));
    if (!bad.ok) throw new Error(bad.error.message);
    expect(bad.value.items.counts).toEqual({ new: 0, changed: 0, unchanged: 1, invalid: 2 });
    const invalid = bad.value.items.entries.filter((e) => e.kind === 'invalid');
    expect(invalid.map((e) => [e.kind, e.reason, e.location.line, e.location.column])).toEqual([
      ['invalid', '状态应为已完成、序时推进、滞后、未启动、已调整之一', 4, '状态'],
      ['invalid', '完成进度应为 0–100 的数字', 7, '完成进度%'],
    ]);
    const header = read(fill(build(), { 重点任务进展: { G3: '状态' } }));
    expect(header.ok ? null : header.error.message).toBe(
      '「重点任务进展」第 G 列的表头应为「状态（填报）」，实际为「状态」：请勿改动表头',
    );
  });

  it('carries the level, the growth and the cut-off’s 上半年 beside the items, and back', async () => {
    const forest = indicators.find((i) => i.name === '森林覆盖率')!;
    const actual = (year: number, measure: ActualValue['measure'], value: number) => ({
      indicatorId: forest.id,
      year,
      measure,
      value,
      status: '快报数' as const,
      source: '市林业局',
      note: '',
    });
    const values = [actual(2022, 'value', 68.1), actual(2023, 'firstHalfValue', 68.15)];
    const options = {
      ...OPTIONS,
      years: [2021, 2022, 2023],
      cutOff: { year: 2023, period: 'firstHalf' as const },
    };
    const bytes = await buildDepartmentWorkbook(
      jdz.plan,
      indicators,
      values,
      sources,
      stored,
      options,
    );
    const data = XLSX.utils.sheet_to_json<unknown[]>(
      XLSX.read(bytes, { type: 'array' }).Sheets['数据填报']!,
      { header: 1, defval: null },
    );
    expect([data[2]?.[12], data[3]?.slice(12, 15), data[4]?.slice(9, 15)]).toEqual([
      '2023年上半年（填报）',
      ['数值', '增速(%)', '状态'],
      [68.1, null, '快报数', 68.15, null, '快报数'],
    ]);
    const read = (file: Uint8Array) =>
      importDepartmentWorkbook(
        file,
        '市林业局.xlsx',
        jdz.plan,
        indicators,
        values,
        sources,
        stored,
      );
    const same = read(bytes);
    expect(same.ok && same.value.indicators.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 2,
      invalid: 0,
    });
    const filled = read(fill(bytes, { 数据填报: { M5: 68.2, N5: '0.3', O5: '年报数' } }));
    if (!filled.ok) throw new Error(filled.error.message);
    expect(filled.value.indicators.toWrite).toEqual([
      { ...actual(2023, 'firstHalfValue', 68.2), status: '年报数' },
      { ...actual(2023, 'firstHalfGrowth', 0.3), status: '年报数', source: '市林业局' },
    ]);
  });

  it('reads back the workbook of a department with items and no indicator', async () => {
    // 市水利局 leads or supports tasks of 004 but no indicator of the plan (the shared list).
    const options = { ...OPTIONS, department: '市水利局' };
    const bytes = await buildDepartmentWorkbook(jdz.plan, indicators, [], sources, stored, options);
    const workbook = XLSX.read(bytes, { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets['重点任务进展']!, {
      header: 1,
      defval: '',
    });
    expect(rows.slice(3).map((r) => r[2])).toEqual(
      selectDepartmentItems(TASKS.items, '市水利局').map((i) => i.number),
    );
    const filled = fill(bytes, { 重点任务进展: { G4: '滞后', H4: 20 } });
    const result = importDepartmentWorkbook(
      filled,
      '市水利局.xlsx',
      jdz.plan,
      indicators,
      [],
      sources,
      stored,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.indicators.toWrite).toEqual([]);
    expect(result.value.items.counts).toEqual({ new: 1, changed: 0, unchanged: 0, invalid: 0 });
    expect(result.value.items.toWrite[0]?.next.status).toBe('滞后');
  });
});
