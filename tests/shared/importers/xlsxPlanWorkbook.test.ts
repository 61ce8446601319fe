import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import type { Result } from '../../../shared/lib/result';
import { exportPlanTemplate } from '../../../shared/importers/xlsxPlanTemplateExport';
import { importPlanFromWorkbook } from '../../../shared/importers/xlsxPlanWorkbook';

const ROOT = join(__dirname, '../../..');

function seed(key: string): PlanBundle {
  return JSON.parse(
    readFileSync(join(ROOT, 'seeds/generated', `seed-${key}.json`), 'utf8'),
  ) as PlanBundle;
}

function write(workbook: XLSX.WorkBook): Uint8Array {
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function book(sheets: Record<string, XLSX.WorkSheet>): Uint8Array {
  const workbook = XLSX.utils.book_new();
  for (const [name, sheet] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(workbook, sheet, name);
  return write(workbook);
}

const MAIN_HEADER = ['类别', '指标', '2020年基期值', '2025年目标值', '年均/累计增长(%)', '属性'];
const GDP_ROW = ['综合质效', '地区生产总值（GDP）（亿元）', '957.14', '1200', '7 左右', '预期性'];

function importBytes(bytes: Uint8Array, fileName = 'plan.xlsx'): Result<PlanBundle> {
  return importPlanFromWorkbook(bytes, fileName, { planId: 'p' });
}

function errorOf(result: Result<PlanBundle>) {
  return result.ok ? null : result.error;
}

describe('importPlanFromWorkbook', () => {
  it('recognises our template by its 规划信息 sheet', async () => {
    const bundle = seed('cj-13c');
    const result = importPlanFromWorkbook(await exportPlanTemplate(bundle), 'cj.xlsx', {
      planId: bundle.plan.id,
    });
    expect(result.ok && result.value.indicators).toStrictEqual(bundle.indicators);
  });

  it('finds a document-style table on a later sheet', () => {
    const bytes = book({
      说明: XLSX.utils.aoa_to_sheet([['本工作簿为规划附表']]),
      附表: XLSX.utils.aoa_to_sheet([['主要指标'], MAIN_HEADER, GDP_ROW]),
    });
    const result = importBytes(bytes);
    expect(
      result.ok && result.value.indicators.map((i) => [i.id, i.name, i.unit, i.target.kind]),
    ).toEqual([['p/001', '地区生产总值（GDP）', '亿元', 'levelWithGrowth']]);
    expect(result.ok && result.value.plan.name).toBe('主要指标');
  });

  it('refuses random bytes and a non-xlsx file', () => {
    expect(
      errorOf(importBytes(new TextEncoder().encode('类别\t指标\n综合质效\tGDP'), 'plan.txt')),
    ).toStrictEqual({
      message:
        '不是 Excel 工作簿（.xlsx）：文件内容不是 Excel 格式，可能选错了文件。文本格式的指标表请用「粘贴指标表」导入',
      location: { file: 'plan.txt' },
    });
    expect(errorOf(importBytes(new Uint8Array(0)))).toStrictEqual({
      message: '文件是空的（0 字节），请确认选择了正确的 Excel 文件',
      location: { file: 'plan.xlsx' },
    });
  });

  it('refuses a corrupted file', async () => {
    const bytes = await exportPlanTemplate(seed('jdz-14'));
    const truncated = bytes.slice(0, Math.floor(bytes.length / 2));
    const garbage = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(200).fill(7)]);
    for (const damaged of [truncated, garbage]) {
      expect(errorOf(importBytes(damaged))).toStrictEqual({
        message:
          '无法读取该 Excel 文件：文件已损坏、已加密或不是 .xlsx 工作簿。请在 Excel 中打开后另存为「Excel 工作簿（*.xlsx）」再导入',
        location: { file: 'plan.xlsx' },
      });
    }
  });

  it('refuses a file over 20 MB before parsing, with its size', () => {
    expect(errorOf(importBytes(new Uint8Array(25 * 1024 * 1024)))).toStrictEqual({
      message: '文件大小为 25.0 MB，超过 20 MB 的上限，未读取。请只保留指标表所在的工作表后再导入',
      location: { file: 'plan.xlsx' },
    });
  });

  it('refuses an empty workbook', () => {
    expect(
      errorOf(
        importBytes(
          book({
            Sheet1: XLSX.utils.aoa_to_sheet([]),
            Sheet2: XLSX.utils.aoa_to_sheet([['', '']]),
          }),
        ),
      ),
    ).toStrictEqual({
      message: '工作簿是空的：所有工作表都没有内容',
      location: { file: 'plan.xlsx' },
    });
  });

  it('says which columns are missing', () => {
    const bytes = book({
      指标表: XLSX.utils.aoa_to_sheet([
        ['类别', '指标', '2015年', '属性', '完成情况'],
        ['经济', 'GDP（亿元）', '780', '预期性', '完成'],
      ]),
    });
    expect(errorOf(importBytes(bytes))).toStrictEqual({
      message:
        '完成情况表缺少以下列：实际数、规划目标、实际累计或年均增长、规划累计或年均增长。请检查表头的列名',
      location: {
        file: 'plan.xlsx',
        sheet: '指标表',
        line: 1,
        cellText: '类别 指标 2015年 属性 完成情况',
      },
    });
  });

  it('says when no sheet holds an indicator table', () => {
    expect(
      errorOf(
        importBytes(
          book({
            数据: XLSX.utils.aoa_to_sheet([
              ['年份', 'GDP'],
              [2021, 1102],
            ]),
          }),
        ),
      ),
    ).toStrictEqual({
      message:
        '未找到规划指标表：没有一个工作表的表头同时含有「指标」和「属性」「基期值」「目标值」等列名。请检查表头，或使用「导出规划模板」得到的模板填写',
      location: { file: 'plan.xlsx', sheet: '数据', line: 1 },
    });
  });

  it('refuses a sheet named __proto__ without polluting prototypes', () => {
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([MAIN_HEADER, GDP_ROW]), '指标');
    XLSX.utils.book_append_sheet(
      workbook,
      XLSX.utils.aoa_to_sheet([['A1', 'polluted']]),
      '__proto__',
    );
    const bytes = write(workbook);
    const result = importBytes(bytes);
    expect(errorOf(result)).toStrictEqual({
      message:
        '工作表名称「__proto__」是保留名称，无法安全读取。请在 Excel 中把该工作表改名后再导入',
      location: { file: 'plan.xlsx', sheet: '__proto__' },
    });
    const probe: Record<string, unknown> = {};
    expect(probe['A1']).toBeUndefined();
    expect(probe['!ref']).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('keeps text in number cells as raw text, and uses cached values of formula cells', () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      MAIN_HEADER,
      GDP_ROW,
      ['综合质效', '粮食综合生产能力（亿斤）', '待三调公布后确定', '11 左右', '保持稳定', '约束性'],
    ]);
    sheet['C2'] = { t: 'n', v: 957.14, f: 'SUM(1,1)' };
    sheet['E2'] = { t: 's', v: '7 左右', f: 'CONCAT("7"," 左右")' };
    const result = importBytes(book({ 表: sheet }));
    expect(
      result.ok && result.value.indicators.map((i) => [i.baseRaw, i.growthRaw, i.base.value]),
    ).toEqual([
      ['957.14', '7 左右', 957.14],
      ['待三调公布后确定', '保持稳定', null],
    ]);
  });

  it('refuses a table cell holding an Excel error value', () => {
    const sheet = XLSX.utils.aoa_to_sheet([MAIN_HEADER, GDP_ROW]);
    sheet['D2'] = { t: 'e', v: 7, w: '#DIV/0!' };
    expect(errorOf(importBytes(book({ 表: sheet })))).toStrictEqual({
      message:
        '单元格是 Excel 错误值「#DIV/0!」（公式出错），请在 Excel 中修正公式或改为数值后再导入',
      location: { file: 'plan.xlsx', sheet: '表', line: 2, column: 'D', cellText: '#DIV/0!' },
    });
  });

  it('recognises a department data-entry template', () => {
    const bytes = book({
      数据填报: XLSX.utils.aoa_to_sheet([['编号', '指标名称']]),
      模板信息: XLSX.utils.aoa_to_sheet([['项目', '内容']]),
    });
    expect(errorOf(importBytes(bytes))?.message).toBe(
      '这是数据填报模板，不是规划指标表：请在「数据填报」中导入',
    );
  });
});

const CHINESE = /[\u4e00-\u9fff]/;

function expectLocatedOrPlan(result: Result<PlanBundle>, fileName: string): void {
  if (result.ok) {
    expect(result.value.indicators.length).toBeGreaterThan(0);
    return;
  }
  expect(result.error.message).toMatch(CHINESE);
  expect(result.error.location?.file).toBe(fileName);
}

describe('importPlanFromWorkbook properties', () => {
  it('never throws on random bytes, with or without a zip signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, asZip) => {
        const input = asZip ? Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        const result = importBytes(input, 'random.xlsx');
        expect(result.ok).toBe(false);
        expectLocatedOrPlan(result, 'random.xlsx');
      }),
      { numRuns: 200 },
    );
  });

  const cell = fc.oneof(
    fc.constantFrom(
      ...MAIN_HEADER,
      ...GDP_ROW,
      '',
      '注：1. 基期值为预期数',
      '2015年',
      '实际数',
      '完成情况',
      '规划目标',
      '序号',
      '方向',
      '逆向',
      '--',
      '[2.2]',
      '#N/A',
    ),
    fc.string({ maxLength: 6 }),
    fc.double({ noNaN: true }),
    fc.integer(),
  );
  const sheetName = fc.constantFrom(
    'Sheet1',
    '指标',
    'constructor',
    'toString',
    'hasOwnProperty',
    '规划信息',
    '__proto__',
  );

  it('never throws on random small workbooks', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            name: sheetName,
            rows: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 6 }),
          }),
          { selector: (s) => s.name, minLength: 1, maxLength: 3 },
        ),
        (sheets) => {
          const workbook = XLSX.utils.book_new();
          for (const { name, rows } of sheets)
            XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), name);
          const result = importBytes(write(workbook), 'random.xlsx');
          expectLocatedOrPlan(result, 'random.xlsx');
          expect(Object.keys(Object.prototype)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
