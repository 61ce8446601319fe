import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { importPlanTemplate } from '../../../shared/importers/xlsxPlanTemplate';
import { exportPlanTemplate } from '../../../shared/importers/xlsxPlanTemplateExport';
import { openWithExcelJs } from '../../helpers/openWithExcelJs';

const ROOT = join(__dirname, '../../..');
const SEED_KEYS = ['jdz-14', 'cj-14', 'fz-14', 'jdz-13c', 'cj-13c', 'fz-13c'] as const;

function seed(key: string): PlanBundle {
  return JSON.parse(
    readFileSync(join(ROOT, 'seeds/generated', `seed-${key}.json`), 'utf8'),
  ) as PlanBundle;
}

function sheetRows(bytes: Uint8Array, name: string): unknown[][] {
  const workbook = XLSX.read(bytes, { type: 'array' });
  return XLSX.utils.sheet_to_json(workbook.Sheets[name] as XLSX.WorkSheet, {
    header: 1,
    defval: null,
  });
}

/** Rewrites cells of an exported template (0-based row and column) and writes it again. */
function editTemplate(
  bytes: Uint8Array,
  sheet: string,
  edits: readonly [number, number, string | number | null][],
): Uint8Array {
  const workbook = XLSX.read(bytes, { type: 'array' });
  const target = workbook.Sheets[sheet] as XLSX.WorkSheet;
  for (const [row, column, value] of edits) {
    const address = XLSX.utils.encode_cell({ r: row, c: column });
    if (value === null) delete target[address];
    else target[address] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
  }
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('exportPlanTemplate → importPlanTemplate', () => {
  it.each(SEED_KEYS)('round-trips seed %s without loss', async (key) => {
    const bundle = seed(key);
    const result = importPlanTemplate(await exportPlanTemplate(bundle), `${key}.xlsx`, {
      planId: bundle.plan.id,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toStrictEqual({
      ...bundle,
      plan: { ...bundle.plan, origin: { type: 'file', fileName: `${key}.xlsx` } },
    });
  });

  it('round-trips departments, remarks, a chosen direction and actual values of other years', async () => {
    const bundle = seed('jdz-14');
    const first = bundle.indicators[0] as PlanBundle['indicators'][number];
    const edited: PlanBundle = {
      ...bundle,
      indicators: [
        {
          ...first,
          departments: ['市统计局', '市发改委'],
          remarks: '含“可比价”说明\n第二行',
          direction: 'lowerIsBetter',
        },
        ...bundle.indicators.slice(1),
      ],
      actualValues: [
        {
          indicatorId: first.id,
          year: 2021,
          measure: 'value',
          value: 1102.3,
          status: '年报数',
          source: '统计年鉴 2022',
          note: '',
        },
        {
          indicatorId: first.id,
          year: 2022,
          measure: 'growth',
          value: 4.6,
          status: '快报数',
          source: '',
          note: '可比价',
        },
      ],
    };
    const result = importPlanTemplate(await exportPlanTemplate(edited), 'a.xlsx', {
      planId: bundle.plan.id,
    });
    expect(result.ok && result.value.indicators[0]).toStrictEqual(edited.indicators[0]);
    expect(result.ok && result.value.actualValues).toStrictEqual(edited.actualValues);
  });

  it('writes the 指标表 like the documents: title, two-row header, merged category, notes', async () => {
    const bytes = await exportPlanTemplate(seed('fz-13c'));
    const workbook = XLSX.read(bytes, { type: 'array' });
    expect(workbook.SheetNames).toEqual(['指标表', '规划信息', '实际值', '导入提示']);
    const rows = sheetRows(bytes, '指标表');
    expect(rows[0]?.[0]).toBe('抚州市“十三五”规划纲要主要指标完成情况');
    // Cells hidden by a merge, and blank fields, are written empty, as Excel saves them.
    expect(rows[1]).toEqual([
      '序号',
      '类别',
      '指标（含单位）',
      '2015年',
      '2020年',
      null,
      '年均/累计增长(%)',
      null,
      '完成情况',
      '属性',
      '方向',
      '责任单位',
      '备注',
    ]);
    expect(rows[2]).toEqual([
      null,
      null,
      null,
      '基期值',
      '实际数',
      '目标值',
      '实际',
      '规划',
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(rows[3]).toEqual([
      1,
      '经济发展',
      '地区生产总值（亿元）',
      1105.14,
      1572.5,
      1800,
      7.4,
      9.5,
      '基本完成或接近完成',
      '预期性',
      '正向（越大越好）',
      null,
      null,
    ]);
    expect(rows[4]?.[1]).toBeNull();
    expect(rows[42]?.[0]).toBe('注：1. []表示累计提高或下降数');
    const sheet = workbook.Sheets['指标表'] as XLSX.WorkSheet;
    const merges = sheet['!merges']?.map((m) => XLSX.utils.encode_range(m));
    expect(merges).toEqual(
      expect.arrayContaining(['A1:M1', 'A2:A3', 'B2:B3', 'C2:C3', 'E2:F2', 'B4:B9']),
    );
    expect(sheetRows(bytes, '规划信息').slice(0, 11)).toEqual([
      ['项目', '内容'],
      ['模板格式', 'plan-evaluation-workbench-plan-template'],
      ['模板版本', 1],
      ['规划名称', '抚州市“十三五”规划纲要主要指标完成情况'],
      ['地区', '抚州市'],
      ['行政级别', '市'],
      ['规划期', '十三五'],
      ['基期年份', 2015],
      ['目标年份', 2020],
      ['表格类型', '完成情况表'],
      ['注1', '[]表示累计提高或下降数'],
    ]);
    expect(sheetRows(bytes, '实际值')[1]).toEqual([
      1,
      '地区生产总值',
      2020,
      '指标值',
      1572.5,
      '预计数',
      '抚州市“十四五”规划纲要（source-docs 002）',
      null,
    ]);
    expect(sheetRows(bytes, '导入提示')[1]).toEqual([
      25,
      '万元GDP用水量',
      '第 38 行是上一行跨页断开的续行，已并入「万元GDP用水」',
      38,
      null,
      null,
    ]);
  });

  it('freezes the header, adds borders and prints one page wide', async () => {
    const workbook = await openWithExcelJs(await exportPlanTemplate(seed('jdz-14')));
    const sheet = workbook.getWorksheet('指标表')!;
    expect(sheet.views[0]).toMatchObject({
      state: 'frozen',
      xSplit: 0,
      ySplit: 3,
      topLeftCell: 'A4',
    });
    // The title: merged across the table, bold 16-point 宋体, no border.
    expect(sheet.getCell('A1').font).toMatchObject({ name: '宋体', size: 16, bold: true });
    expect(sheet.getCell('A1').border).toEqual({});
    expect(sheet.getCell('J1').isMerged).toBe(true);
    // Header bold and centred; 序号 centred and 指标 left-aligned, both with thin borders.
    expect(sheet.getCell('C2').font).toMatchObject({ name: '宋体', size: 11, bold: true });
    expect(sheet.getCell('A4').alignment).toMatchObject({ horizontal: 'center' });
    expect(sheet.getCell('C4').alignment?.horizontal).toBeUndefined();
    for (const address of ['A4', 'C4', 'J34', 'B5']) {
      expect(sheet.getCell(address).border?.bottom?.style).toBe('thin');
    }
    // Notes under the table: no border, wrapped and merged across.
    expect(sheet.getCell('A35').value).toBe('注：1. 2020 年基期值均为预期数');
    expect(sheet.getCell('A35').border).toEqual({});
    expect(sheet.getCell('A35').alignment).toMatchObject({ vertical: 'top', wrapText: true });
    // A4 landscape, one page wide, the header rows repeated on every page.
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:3',
    });
  });

  it('reads edited rows by the same rules as pasted text', async () => {
    const bundle = seed('jdz-14');
    const bytes = editTemplate(await exportPlanTemplate(bundle), '指标表', [
      [3, 5, '[0.05]'],
      [3, 7, '逆向'],
      [3, 8, '市统计局，市财政局'],
    ]);
    const result = importPlanTemplate(bytes, 'b.xlsx', { planId: 'p' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.indicators[0]).toMatchObject({
      id: 'p/001',
      growthRaw: '[0.05]',
      target: {
        kind: 'cumulativeChange',
        change: { min: 0.05, max: 0.05, qualifier: 'exact' },
        targetValue: 1200,
      },
      direction: 'lowerIsBetter',
      departments: ['市统计局', '市财政局'],
    });
  });

  it('refuses a base year that is not a year, and a newer template version', async () => {
    const bytes = await exportPlanTemplate(seed('jdz-14'));
    const badYear = importPlanTemplate(
      editTemplate(bytes, '规划信息', [[7, 1, '二〇二〇']]),
      'c.xlsx',
      { planId: 'p' },
    );
    expect(badYear).toEqual({
      ok: false,
      error: {
        message: '基期年份「二〇二〇」不是有效的年份，请填写四位数字年份（如 2020）',
        location: {
          file: 'c.xlsx',
          sheet: '规划信息',
          line: 8,
          column: '内容',
          cellText: '二〇二〇',
        },
      },
    });
    const newer = importPlanTemplate(editTemplate(bytes, '规划信息', [[2, 1, 2]]), 'c.xlsx', {
      planId: 'p',
    });
    expect(newer.ok || newer.error.message).toBe(
      '模板版本 2 比本程序支持的版本 1 新，请升级规划评估工作台后再导入',
    );
    const direction = importPlanTemplate(
      editTemplate(bytes, '指标表', [[3, 7, '向上']]),
      'c.xlsx',
      { planId: 'p' },
    );
    expect(direction.ok || direction.error).toEqual({
      message: '方向「向上」无法识别：请填写「正向」或「逆向」，或留空由系统按指标名称判断',
      location: { file: 'c.xlsx', sheet: '指标表', line: 4, column: '方向', cellText: '向上' },
    });
  });

  it('refuses a workbook without 规划信息 and a bad actual value', async () => {
    const bundle = seed('jdz-13c');
    const bytes = await exportPlanTemplate(bundle);
    const bad = importPlanTemplate(editTemplate(bytes, '实际值', [[1, 4, '约九百']]), 'd.xlsx', {
      planId: 'p',
    });
    expect(bad.ok || bad.error).toEqual({
      message: '数值应为数字',
      location: { file: 'd.xlsx', sheet: '实际值', line: 2, column: '数值', cellText: '约九百' },
    });
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['a']]), 'Sheet1');
    const plain = new Uint8Array(
      XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    expect(importPlanTemplate(plain, 'e.xlsx', { planId: 'p' })).toEqual({
      ok: false,
      error: {
        message: '不是本工作台的规划模板：缺少「规划信息」工作表',
        location: { file: 'e.xlsx' },
      },
    });
  });
});
