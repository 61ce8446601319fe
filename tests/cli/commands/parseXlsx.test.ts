import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { describeBundle, parseCommand } from '../../../cli/commands/parse';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { exportPlanTemplate } from '../../../shared/importers/xlsxPlanTemplateExport';
import { fakeCliIo } from '../../helpers/fakeCliIo';

const ROOT = join(__dirname, '../../..');

function seed(key: string): PlanBundle {
  return JSON.parse(
    readFileSync(join(ROOT, 'seeds/generated', `seed-${key}.json`), 'utf8'),
  ) as PlanBundle;
}

/** A document-style completion table: two-row header, merged year and growth groups. */
function completionWorkbook(): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['抚州市“十三五”规划纲要主要指标完成情况'],
    ['类别', '指标', '2015年', '2020年', '', '累计或年均增长(%)', '', '属性', '完成情况'],
    ['', '', '', '预期值', '规划目标', '实际', '规划', '', ''],
    [
      '经济发展',
      '地区生产总值（亿元）',
      1105.14,
      1572.5,
      1800,
      7.4,
      9.5,
      '预期性',
      '基本完成或接近完成',
    ],
  ]);
  sheet['!merges'] = [
    { s: { r: 1, c: 3 }, e: { r: 1, c: 4 } },
    { s: { r: 1, c: 5 }, e: { r: 1, c: 6 } },
  ];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '附表2');
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('parseCommand with .xlsx', () => {
  it('prints our template as the same JSON as the plan it was exported from', async () => {
    const bundle = seed('jdz-13c');
    const { io, out, err } = fakeCliIo({ 'dir/jdz.xlsx': await exportPlanTemplate(bundle) });
    expect(await parseCommand(['dir/jdz.xlsx', '--plan-id', 'seed-jdz-13c'], io)).toBe(0);
    expect(err).toEqual([]);
    const expected = describeBundle({
      ...bundle,
      plan: { ...bundle.plan, origin: { type: 'file', fileName: 'jdz.xlsx' } },
    });
    const printed = JSON.parse(out.join('')) as Record<string, unknown>;
    const bundleJson = JSON.parse(JSON.stringify(expected)) as Record<string, unknown>;
    const printedBundle = Object.fromEntries(
      Object.keys(bundleJson).map((key) => [key, printed[key]]),
    );
    expect(printedBundle).toStrictEqual(bundleJson);
    // The column reading that read the same rows is printed beside the plan (issue 11, item 8).
    const columns = printed['columns'] as { role: string }[];
    expect(columns.map((column) => column.role)).toMatchInlineSnapshot(`
      [
        "seq",
        "category",
        "name",
        "base",
        "keep",
        "target",
        "keep",
        "growth",
        "verdict",
        "attribute",
        "direction",
        "departments",
        "remarks",
      ]
    `);
  });

  it('reads a document-style completion table, and checks --table when given', async () => {
    const files = { 'fz.xlsx': completionWorkbook() };
    const run = fakeCliIo(files);
    expect(await parseCommand(['fz.xlsx', '--plan-id', 'fz'], run.io)).toBe(0);
    const json = JSON.parse(run.out.join(''));
    expect(json.plan).toMatchObject({ tableKind: 'completion', baseYear: 2015, targetYear: 2020 });
    expect(json.indicators[0]).toMatchObject({
      id: 'fz/001',
      name: '地区生产总值',
      actual2020: { raw: '1572.5', year: 2020, status: '预计数' },
      actualGrowthRaw: '7.4',
      officialVerdict: '基本完成或接近完成',
    });
    const asked = fakeCliIo(files);
    expect(await parseCommand(['fz.xlsx', '--table', 'completion'], asked.io)).toBe(0);
    const wrong = fakeCliIo(files);
    expect(await parseCommand(['fz.xlsx', '--table', 'main'], wrong.io)).toBe(1);
    expect(wrong.err.join('')).toBe(
      '解析失败：文件「fz.xlsx」，工作表「附表2」，第 2 行：要导入的是主要指标表，但此处表头是完成情况表，请选择正确的表格类型\n',
    );
  });

  it('reports unreadable and damaged workbooks in Chinese', async () => {
    const missing = fakeCliIo({});
    expect(await parseCommand(['nope.xlsx'], missing.io)).toBe(1);
    expect(missing.err.join('')).toBe('解析失败：无法读取文件「nope.xlsx」：ENOENT\n');
    const text = fakeCliIo({ 'x.xlsx': new TextEncoder().encode('随便写点什么') });
    expect(await parseCommand(['x.xlsx'], text.io)).toBe(1);
    expect(text.err.join('')).toBe(
      '解析失败：文件「x.xlsx」：不是 Excel 工作簿（.xlsx）：文件内容不是 Excel 格式，可能选错了文件。文本格式的指标表请用「粘贴指标表」导入\n',
    );
  });
});

describe('cli/index.ts with .xlsx', () => {
  it('runs `parse <template.xlsx>` in a real process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-xlsx-'));
    try {
      const file = join(dir, 'cj-14.xlsx');
      writeFileSync(file, await exportPlanTemplate(seed('cj-14')));
      const { stdout } = await promisify(execFile)(
        'npx',
        ['tsx', 'cli/index.ts', 'parse', file, '--plan-id', 'seed-cj-14'],
        { cwd: ROOT, maxBuffer: 10_000_000 },
      );
      const json = JSON.parse(stdout);
      expect(json.indicatorCount).toBe(30);
      expect(json.plan.origin).toEqual({ type: 'file', fileName: 'cj-14.xlsx' });
      expect(json.indicators[3]).toMatchObject({
        id: 'seed-cj-14/004',
        name: '固定资产投资增速',
        baseRaw: '[ ]',
        growthRaw: '12左右',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
