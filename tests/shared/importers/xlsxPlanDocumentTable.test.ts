import { readPlanRegion } from '../../../shared/importers/readPlanRegion';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/domain/indicator';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { importPlanDocumentSheet } from '../../../shared/importers/xlsxPlanDocumentTable';
import { readSheetGrid } from '../../../shared/importers/xlsxPlanSheetGrid';
import type { SheetGrid } from '../../../shared/importers/xlsxPlanSheetGrid';

const ROOT = join(__dirname, '../../..');

function seed(key: string): PlanBundle {
  return JSON.parse(
    readFileSync(join(ROOT, 'seeds/generated', `seed-${key}.json`), 'utf8'),
  ) as PlanBundle;
}

type Cell = string | number;
const span = (r1: number, c1: number, r2: number, c2: number): XLSX.Range => ({
  s: { r: r1, c: c1 },
  e: { r: r2, c: c2 },
});

function nameCell(indicator: Indicator): string {
  if (indicator.unit !== '') return `${indicator.name}（${indicator.unit}）`;
  return /[)）]$/.test(indicator.name) ? `${indicator.name}（）` : indicator.name;
}

/** A sheet laid out like the documents, from a seed's real rows: title, two-row header, merges, notes. */
function documentSheet(bundle: PlanBundle): XLSX.WorkSheet {
  const { plan } = bundle;
  const isMain = plan.tableKind === 'main';
  const assessments = new Map(bundle.officialAssessments.map((a) => [a.indicatorId, a]));
  const final = bundle.actualValues.every((value) => value.status === '年报数');
  const header: Cell[][] = isMain
    ? [
        ['类别', '指标', '2020年', '2025年', '年均/累计增长(%)', '属性'],
        ['', '', '基期值', '目标值', '', ''],
      ]
    : [
        ['类别', '指标', '2015年', '2020年', '', '累计或年均增长(%)', '', '属性', '完成情况'],
        ['', '', '', final ? '实际数' : '预期值', '规划目标', '实际', '规划', '', ''],
      ];
  const width = (header[0] as Cell[]).length;
  const body = bundle.indicators.map((indicator, index): Cell[] => {
    const previous = bundle.indicators[index - 1];
    const category = previous?.category === indicator.category ? '' : indicator.category;
    const a = assessments.get(indicator.id);
    return isMain
      ? [
          category,
          nameCell(indicator),
          indicator.baseRaw,
          indicator.targetRaw,
          indicator.growthRaw,
          indicator.attribute ?? '',
        ]
      : [
          category,
          nameCell(indicator),
          indicator.baseRaw,
          a?.actualRaw ?? '',
          indicator.targetRaw,
          a?.actualGrowthRaw ?? '',
          indicator.growthRaw,
          indicator.attribute ?? '',
          a?.verdictRaw ?? '',
        ];
  });
  const notes = plan.notes.map((note, index) => [
    `${index === 0 ? '注：' : ''}${index + 1}.${note}`,
  ]);
  const sheet = XLSX.utils.aoa_to_sheet([[plan.name], ...header, ...body, [], ...notes]);
  const merges = [span(0, 0, 0, width - 1)];
  (header[0] as Cell[]).forEach((text, column) => {
    if (text !== '' && header[1]?.[column] === '') merges.push(span(1, column, 2, column));
  });
  if (!isMain) merges.push(span(1, 3, 1, 4), span(1, 5, 1, 6));
  let start = 0;
  bundle.indicators.forEach((indicator, index) => {
    const next = bundle.indicators[index + 1];
    if (next?.category === indicator.category) return;
    if (index > start) merges.push(span(3 + start, 0, 3 + index, 0));
    start = index + 1;
  });
  sheet['!merges'] = merges;
  return sheet;
}

function grid(sheet: XLSX.WorkSheet, name = 'Sheet1'): SheetGrid {
  const read = readSheetGrid(sheet, 'doc.xlsx', name);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/** What a document table cannot carry: the importer's text-layout warnings and seed remarks. */
const withoutReview = (indicator: Indicator) => ({ ...indicator, warnings: [], remarks: '' });

describe('importPlanDocumentSheet', () => {
  it.each(['jdz-14', 'cj-14', 'fz-14', 'jdz-13c', 'cj-13c', 'fz-13c'])(
    'reads the real rows of seed %s with merged categories, two-row header and notes',
    (key) => {
      const bundle = seed(key);
      const source = bundle.actualValues[0]?.source;
      const result = importPlanDocumentSheet(grid(documentSheet(bundle)), {
        planId: bundle.plan.id,
        ...(source ? { source } : {}),
      });
      expect(result?.ok).toBe(true);
      if (!result?.ok) return;
      const { plan } = bundle;
      // The region and level the table's title names (the seed's title), else none.
      const named = readPlanRegion(plan.name) ?? { region: '', level: '其他' };
      expect(result.value.plan).toStrictEqual({
        ...plan,
        ...named,
        origin: { type: 'file', fileName: 'doc.xlsx' },
      });
      expect(result.value.indicators.map(withoutReview)).toStrictEqual(
        bundle.indicators.map(withoutReview),
      );
      expect(result.value.actualValues).toStrictEqual(bundle.actualValues);
      expect(result.value.officialAssessments).toStrictEqual(bundle.officialAssessments);
    },
  );

  it('locates the warnings at sheet rows', () => {
    const bundle = seed('jdz-13c');
    const result = importPlanDocumentSheet(grid(documentSheet(bundle)), { planId: 'p' });
    expect(result?.ok && result.value.indicators[4]?.warnings).toStrictEqual([
      {
        message:
          '2020年实际数「66.46 亿元（人民币）」不是单纯的数值（可能单位或口径不同），未导入为实际值',
        line: 8,
        column: '2020年实际数',
        cellText: '66.46 亿元（人民币）',
      },
    ]);
    expect(result?.ok && result.warnings[0]).toStrictEqual({
      message:
        '2020年实际数「66.46 亿元（人民币）」不是单纯的数值（可能单位或口径不同），未导入为实际值',
      location: {
        file: 'doc.xlsx',
        sheet: 'Sheet1',
        line: 8,
        column: '2020年实际数',
        cellText: '66.46 亿元（人民币）',
      },
    });
  });

  it('finds the columns by name in any order, with a one-row header', () => {
    const bundle = seed('jdz-14');
    const rows: Cell[][] = [
      ['附表1'],
      [
        '属性',
        '序号',
        '指标名称',
        '年均/累计增长(%)',
        '2025年目标值',
        '类别',
        '2020年基期值',
        '责任单位',
      ],
      ...bundle.indicators.map((i): Cell[] => [
        i.attribute ?? '',
        i.order,
        nameCell(i),
        i.growthRaw,
        i.targetRaw,
        i.category,
        i.baseRaw,
        '市统计局、市发改委',
      ]),
      [],
      [`备注：1. ${bundle.plan.notes[0]}；2. ${bundle.plan.notes[1]}；`],
      [`3. ${bundle.plan.notes[2]}`],
      [`4. ${bundle.plan.notes[3]}`],
    ];
    const result = importPlanDocumentSheet(grid(XLSX.utils.aoa_to_sheet(rows)), {
      planId: bundle.plan.id,
      name: '景德镇市十四五',
      region: '景德镇市',
      level: '市',
    });
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.value.plan).toMatchObject({
      name: '景德镇市十四五',
      region: '景德镇市',
      level: '市',
      notes: bundle.plan.notes,
      baseYear: 2020,
      targetYear: 2025,
      periodLabel: '十四五',
    });
    expect(
      result.value.indicators.map((i) => ({ ...withoutReview(i), departments: [] })),
    ).toStrictEqual(bundle.indicators.map(withoutReview));
    expect(result.value.indicators[0]?.departments).toEqual(['市统计局', '市发改委']);
  });

  it('joins a group column under a merged 指标 header and reads merged cells down the rows', () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['类别', '指标', '', '2015年', '2020年', '', '累计或年均增长(%)', '', '属性', '完成情况'],
      ['', '', '', '', '实际数', '规划目标', '实际', '规划', '', ''],
      [
        '资源环境',
        '主要污染物排放量减少（%）',
        '化学需氧量',
        '',
        '',
        '省下达的目标',
        '',
        '',
        '约束性',
        '完成',
      ],
      ['', '', '氨氮', '', '', '', '', '', '', '完成'],
      ['', '森林覆盖率（%）', '', '63.1', '63.1', '63.1', '', '', '约束性', '全面完成'],
    ]);
    sheet['!merges'] = [
      span(0, 1, 0, 2),
      span(0, 4, 0, 5),
      span(0, 6, 0, 7),
      span(0, 0, 1, 0),
      span(0, 3, 1, 3),
      span(0, 8, 1, 8),
      span(0, 9, 1, 9),
      span(2, 0, 4, 0),
      span(2, 1, 3, 1),
      span(2, 5, 3, 5),
      span(2, 8, 3, 8),
      span(4, 1, 4, 2),
    ];
    const result = importPlanDocumentSheet(grid(sheet), { planId: 'p' });
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(
      result.value.indicators.map((i) => [
        i.category,
        i.name,
        i.unit,
        i.targetRaw,
        i.attribute,
        i.target.kind,
      ]),
    ).toEqual([
      ['资源环境', '主要污染物排放量减少/化学需氧量', '%', '省下达的目标', '约束性', 'judgment'],
      ['资源环境', '主要污染物排放量减少/氨氮', '%', '省下达的目标', '约束性', 'judgment'],
      ['资源环境', '森林覆盖率', '%', '63.1', '约束性', 'level'],
    ]);
    expect(result.value.plan).toMatchObject({
      tableKind: 'completion',
      baseYear: 2015,
      targetYear: 2020,
      periodLabel: '十三五',
      name: '未命名规划',
    });
  });

  it('returns null for a sheet without an indicator header and names missing columns', () => {
    expect(
      importPlanDocumentSheet(grid(XLSX.utils.aoa_to_sheet([['随便', '写点']])), { planId: 'p' }),
    ).toBeNull();
    const missing = XLSX.utils.aoa_to_sheet([
      ['标题'],
      ['类别', '指标', '2020年基期值', '年均/累计增长(%)'],
      ['综合质效', '地区生产总值（亿元）', '957.14', '7 左右'],
    ]);
    expect(importPlanDocumentSheet(grid(missing), { planId: 'p' })).toStrictEqual({
      ok: false,
      error: {
        message: '主要指标表缺少以下列：目标值、属性。请检查表头的列名',
        location: {
          file: 'doc.xlsx',
          sheet: 'Sheet1',
          line: 2,
          cellText: '类别 指标 2020年基期值 年均/累计增长(%)',
        },
      },
    });
  });

  it('refuses a table of the other kind than asked for', () => {
    const result = importPlanDocumentSheet(grid(documentSheet(seed('cj-13c'))), {
      planId: 'p',
      table: 'main',
    });
    expect(result).toStrictEqual({
      ok: false,
      error: {
        message: '要导入的是主要指标表，但此处表头是完成情况表，请选择正确的表格类型',
        location: { file: 'doc.xlsx', sheet: 'Sheet1', line: 2 },
      },
    });
  });
});
