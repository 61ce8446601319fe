import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { startsLikeFormula } from '../../../shared/lib/neutralizeFormula';
import type { ReportDocument } from '../../../shared/report/reportDocument';
import { REPORT_SHEET_NAMES } from '../../../shared/report/reportXlsxBuilder';
import { readPackageCells, readPackageXml } from '../../helpers/xlsxPackageCells';
import type { PackageCell } from '../../helpers/xlsxPackageCells';
import { seedReport } from './reportFixture';
import { HOSTILE, annotatedJdzReport, openReportWorkbook } from './reportXlsxFixture';

const { progress, values, explanations } = REPORT_SHEET_NAMES;

let report: ReportDocument;
let bytes: Uint8Array;
let workbook: ExcelJS.Workbook;
let cells: PackageCell[];

beforeAll(async () => {
  report = annotatedJdzReport();
  ({ bytes, workbook } = await openReportWorkbook(report));
  cells = readPackageCells(bytes);
});

function sheet(name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`缺少工作表「${name}」`);
  return found;
}

/** A row's values from column A on (exceljs rows are 1-based with an empty slot 0). */
function rowValues(name: string, row: number): unknown[] {
  return (sheet(name).getRow(row).values as unknown[]).slice(1);
}

function numFmts(name: string, row: number, columns: string): (string | undefined)[] {
  return [...columns].map((column) => sheet(name).getCell(`${column}${row}`).numFmt);
}

describe('buildReportWorkbook', () => {
  it('returns plain Uint8Array bytes of an xlsx package with the three sheets in order', () => {
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      '主要指标进展情况表',
      '分年度数据',
      '评价说明',
    ]);
  });

  it('writes no formula, and every formula-like text as a string cell without an apostrophe', () => {
    expect(cells.filter((cell) => cell.formula !== null)).toEqual([]);
    const formulaLike = cells.filter((cell) => cell.type !== '' && startsLikeFormula(cell.text));
    expect(new Set(formulaLike.map((cell) => cell.type))).toEqual(new Set(['s']));
    expect(new Set(formulaLike.map((cell) => cell.text))).toEqual(
      new Set([
        HOSTILE.source,
        HOSTILE.note,
        '+人口普查修订',
        `${HOSTILE.reason}（王五，2026年11月22日）`,
      ]),
    );
  });
});

describe('the 主要指标进展情况表 sheet', () => {
  it('has the title, the two-row header with 各年实际值 over the years, and merged categories', () => {
    expect(sheet(progress).model.merges).toEqual([
      'A1:N1',
      'A2:N2',
      'H3:I3',
      ...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'J', 'K', 'L', 'M', 'N'].map(
        (column) => `${column}3:${column}4`,
      ),
      // 综合质效 7 rows, 创新驱动 3, 协调发展 3, 改革开放 2, 绿色生态 8, 民生福祉 8.
      'A5:A11',
      'A12:A14',
      'A15:A17',
      'A18:A19',
      'A20:A27',
      'A28:A35',
      // One merged row per note under the table: the plan's four, four of the table's own (the
      // forecast and its disagreement with an override among them), and the method notes (a
      // base of another year, a revised base, the thresholds).
      ...[36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47].map((row) => `A${row}:N${row}`),
    ]);
    expect(rowValues(progress, 1)[0]).toBe('景德镇市“十四五”规划纲要主要指标进展情况表');
    expect(rowValues(progress, 2)[0]).toBe('评估年份：2022年\u3000数据截至2022年');
    expect(rowValues(progress, 3)).toEqual([
      '类别',
      '指标',
      '单位',
      '2020年基期值',
      '修订基期值',
      '2025年目标值',
      '年均/累计增长',
      '各年实际值',
      '各年实际值',
      '时间进度',
      '任务进度',
      '评价结论',
      '2025年预计',
      '属性',
    ]);
    expect(rowValues(progress, 4).slice(7, 9)).toEqual(['2021年', '2022年']);
  });

  it('keeps numbers numeric with the plan decimals, and plan texts exactly as written', () => {
    const gdp = report.table.rows[0]?.cells[10]?.value;
    expect(rowValues(progress, 5)).toEqual([
      '综合质效',
      '地区生产总值（GDP）',
      '亿元',
      957.14,
      '—',
      1200,
      '7左右',
      1102.3,
      1192.6,
      0.4,
      gdp,
      '符合预期',
      '超额完成',
      '预期性',
    ]);
    // Each number as the Word table prints it (issue 14): 1102.3 stays 1102.3 beside 957.14.
    expect(numFmts(progress, 5, 'DFGHIJK')).toEqual([
      '0.00',
      '0',
      undefined,
      '0.0',
      '0.0',
      '0.0%',
      '0.0%',
    ]);
    // 居民人均可支配收入: 33,632 with separators, as the Word report prints it.
    expect(rowValues(progress, 28).slice(3, 9)).toEqual([
      33632,
      '—',
      46000,
      '6.5左右',
      36420,
      38510,
    ]);
    expect(numFmts(progress, 28, 'DFHI')).toEqual(['#,##0', '#,##0', '#,##0', '#,##0']);
    // 三产比例: a structure stays text; 常住人口城镇化率: the base as written, 68.05*.
    expect(rowValues(progress, 15).slice(3, 9)).toEqual([
      '7.1:43.1:49.8',
      '—',
      '6.5:41.5:52',
      '—',
      '6.9:42.6:50.5',
      '6.8:42:51.2',
    ]);
    // Beside it the revised base the evaluator entered (the 2020 census figure).
    expect(rowValues(progress, 17).slice(3, 6)).toEqual(['68.05*', 65.02, '—']);
    expect(numFmts(progress, 17, 'HI')).toEqual(['0.0', '0.0']);
    expect(report.table.rows[12]?.cells.slice(7, 9).map((cell) => cell.text)).toEqual([
      '65.6',
      '66.1',
    ]);
  });

  it('marks the override and colours verdicts as the app does', () => {
    // The outlook at the pace so far reads the other way: said so, not left silent.
    expect(rowValues(progress, 18).slice(11)).toEqual([
      '符合预期（人工研判）',
      '难度较大（与研判不一致）',
      '预期性',
    ]);
    expect(sheet(progress).getCell('L18').font.color?.argb).toBe('FF2F6FD0');
    // 劳动年龄人口平均受教育年限 is binding (约束性) and lagging: red, not orange.
    expect(rowValues(progress, 30).slice(11)).toEqual(['滞后', '难度较大', '约束性']);
    expect(sheet(progress).getCell('L30').font.color?.argb).toBe('FFCF2E2E');
    expect([41, 42, 43].map((row) => rowValues(progress, row)[0])).toEqual([
      '\u3000\u30006. 评价结论注有“人工研判”的，为评估人员研判后确定的结论。',
      '\u3000\u30007. 2025年预计为按当前进度测算的目标年完成预计。',
      '\u3000\u30008. 2025年预计注有“与研判不一致”的，评价以人工研判结论为准。',
    ]);
  });

  it('draws borders on the table, freezes the header and the name, and prints on A4 landscape', () => {
    const border = sheet(progress).getCell('M35').border;
    expect([
      border.top?.style,
      border.left?.style,
      border.bottom?.style,
      border.right?.style,
    ]).toEqual(['thin', 'thin', 'thin', 'thin']);
    expect(sheet(progress).getCell('A36').border).toEqual({});
    expect(sheet(progress).views[0]).toMatchObject({
      state: 'frozen',
      xSplit: 2,
      ySplit: 4,
      topLeftCell: 'C5',
    });
    expect(sheet(progress).getCell('D3').font).toMatchObject({ bold: true, name: '宋体' });
    const xml = readPackageXml(bytes, '/xl/worksheets/sheet1.xml') ?? '';
    expect(/<pageSetup [^>]*>/.exec(xml)?.[0]).toBe(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
    expect(xml).toContain('<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>');
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(readPackageXml(bytes, '/xl/workbook.xml')).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;主要指标进展情况表&apos;!$3:$4</definedName>',
    );
  });

  it('breaks the printed pages between categories, never inside one', () => {
    const xml = readPackageXml(bytes, '/xl/worksheets/sheet1.xml') ?? '';
    // After 绿色生态 (row 27): 民生福祉 goes on the second page with the header (fourteen
    // columns print at a smaller scale than thirteen, so more rows fit on the first page).
    expect(xml).toContain(
      '<rowBreaks count="1" manualBreakCount="1"><brk id="27" max="16838" man="1"/></rowBreaks>',
    );
  });
});

describe('the 主要指标完成情况表 of a long table', () => {
  it('splits a category that would leave a large gap, naming it again on the next page', async () => {
    const final = seedReport({ key: 'fz-13c', year: 2020, mode: 'final' });
    const opened = await openReportWorkbook(final);
    const xml = readPackageXml(opened.bytes, '/xl/worksheets/sheet1.xml') ?? '';
    expect(/<rowBreaks[\s\S]*<\/rowBreaks>/.exec(xml)?.[0]).toBe(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="24" max="16838" man="1"/><brk id="41" max="16838" man="1"/></rowBreaks>',
    );
    const first = opened.workbook.worksheets[0]!;
    expect(first.model.merges.filter((range) => /^A\d+:A\d+$/.test(range))).toEqual([
      'A3:A4',
      'A5:A10',
      'A11:A16',
      'A17:A24',
      'A25:A27',
      'A28:A41',
      'A42:A43',
    ]);
    expect(['A17', 'A25', 'A28', 'A42'].map((address) => first.getCell(address).value)).toEqual([
      '社会民生',
      '社会民生',
      '生态文明',
      '生态文明',
    ]);
  });
});

describe('the 分年度数据 sheet', () => {
  it('lists every value with its year, measure, status, source and note', () => {
    expect(rowValues(values, 2)).toEqual([
      '类别',
      '指标',
      '单位',
      '年份',
      '口径',
      '数值',
      '状态',
      '来源',
      '备注',
    ]);
    expect(rowValues(values, 3)).toEqual([
      '综合质效',
      '地区生产总值（GDP）',
      '亿元',
      2021,
      '指标值',
      1102.3,
      '年报数',
      '市统计局',
    ]);
    expect(rowValues(values, 4)).toEqual([
      '综合质效',
      '地区生产总值（GDP）',
      '亿元',
      2021,
      '当年增速(%)',
      8.6,
      '年报数',
      '市统计局',
    ]);
    expect(rowValues(values, 5)).toEqual([
      '综合质效',
      '地区生产总值（GDP）',
      '亿元',
      2022,
      '指标值',
      1192.6,
      '快报数',
      HOSTILE.source,
      HOSTILE.note,
    ]);
    expect(numFmts(values, 3, 'DF')).toEqual(['0"年"', '0.00']);
    expect(numFmts(values, 4, 'F')).toEqual(['0.0']);
  });

  it('names the census revision of a base and writes a structure as its components', () => {
    const rows = Array.from({ length: sheet(values).rowCount - 2 }, (_, index) =>
      rowValues(values, index + 3),
    );
    expect(rows.filter((row) => row[1] === '常住人口城镇化率')).toEqual([
      [
        '协调发展',
        '常住人口城镇化率',
        '%',
        2020,
        '基期值修订',
        65.02,
        '核实数',
        '第七次全国人口普查公报',
        '+人口普查修订',
      ],
      [
        '协调发展',
        '常住人口城镇化率',
        '%',
        2021,
        '指标值',
        65.6,
        '核实数',
        '第七次全国人口普查公报',
      ],
      ['协调发展', '常住人口城镇化率', '%', 2022, '指标值', 66.1, '年报数', '市统计局'],
    ]);
    expect(rows.filter((row) => row[1] === '三产比例').map((row) => row.slice(3, 6))).toEqual([
      [2021, '结构（各部分占比）', '6.9:42.6:50.5'],
      [2022, '结构（各部分占比）', '6.8:42:51.2'],
    ]);
    expect(rows).toHaveLength(
      report.indicators.reduce(
        (sum, entry) => sum + entry.actuals.length + entry.components.length,
        0,
      ),
    );
    expect(sheet(values).autoFilter).toBe(`A2:I${2 + rows.length}`);
  });
});

describe('the 评价说明 sheet', () => {
  it('gives each verdict automatic and in force, the reason, the explanation and what is needed', () => {
    expect(rowValues(explanations, 2)).toEqual([
      '类别',
      '指标',
      '属性',
      '数据年份',
      '自动评价',
      '采用结论',
      '人工研判理由',
      '评价说明',
      '评价规则',
      '实现目标尚需',
      '缺少的数据',
    ]);
    const trade = report.indicators.find((entry) => entry.indicator.name === '进出口总额');
    expect(rowValues(explanations, 16)).toEqual([
      '改革开放',
      '进出口总额',
      '预期性',
      2022,
      '滞后',
      '符合预期',
      `${HOSTILE.reason}（王五，2026年11月22日）`,
      trade?.evaluation.explanation,
      trade?.evaluation.rule,
      '年均增长7.7%',
      '—',
    ]);
    expect(rowValues(explanations, 9).slice(0, 6)).toEqual([
      '综合质效',
      '能源综合生产能力',
      '约束性',
      '—',
      '需人工研判',
      '需人工研判',
    ]);
    expect(sheet(explanations).getCell('G9').value).toBeNull();
    expect(sheet(explanations).rowCount).toBe(2 + 31);
  });
});
