/**
 * Growth beside level and the cut-off's 上半年 in the data template (issue 12 item 11, decision
 * 0045): each year has 数值 | 增速(%) | 状态, the cut-off's part-year one block more before its year.
 */
import { describe, expect, it } from 'vitest';
import type { ActualValue } from '../../../shared/domain/actualValue';
import { buildDataTemplate } from '../../../shared/importers/xlsxDataTemplateBuild';
import { importDataTemplate } from '../../../shared/importers/xlsxDataTemplateImport';
import { makeActual } from '../../helpers/makeIndicator';
import { fillCells, indicators, now, plan, sheetRows } from './xlsxDataTemplateFixture';

const FILE = '市统计局.xlsx';
const YEARS = [2021, 2022, 2023];
const CUT_OFF = { year: 2023, period: 'firstHalf' as const };

// GDP: a 2021 level and its real growth, the 2022 growth only (as work reports publish it) and
// the 2023 上半年 level and growth; 规上工业增加值增速 2022 as a level of a rate.
const stored: ActualValue[] = [
  makeActual('seed-jdz-14/001', 2021, 1102.3, 'value', { status: '年报数' }),
  makeActual('seed-jdz-14/001', 2021, 8.1, 'growth', { status: '年报数' }),
  makeActual('seed-jdz-14/001', 2022, 4.5, 'growth', { status: '快报数' }),
  makeActual('seed-jdz-14/001', 2023, 560.2, 'firstHalfValue', { status: '快报数' }),
  makeActual('seed-jdz-14/001', 2023, 6.8, 'firstHalfGrowth', { status: '预计数' }),
  makeActual('seed-jdz-14/002', 2022, 9.5, 'value', { status: '核实数' }),
];

// Built once (exceljs writes asynchronously); each test takes a fresh copy.
const BUILT = await buildDataTemplate(plan, indicators, stored, {
  years: YEARS,
  cutOff: CUT_OFF,
  now,
});

function build(): Uint8Array {
  return BUILT.slice();
}

function read(bytes: Uint8Array, existing: readonly ActualValue[] = stored) {
  const result = importDataTemplate(bytes, FILE, plan, indicators, existing);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('data template: growth and 上半年', () => {
  it('lays each period out as 数值 | 增速(%) | 状态, 2023年上半年 before 2023年', () => {
    const rows = sheetRows(build(), '数据填报');
    // prettier-ignore
    expect(rows[2]?.slice(6)).toEqual([
      '2021年（填报）', null, null,
      '2022年（填报）', null, null,
      '2023年上半年（填报）', null, null,
      '2023年（填报）',
    ]);
    expect(rows[3]?.slice(6)).toEqual(Array(4).fill(['数值', '增速(%)', '状态']).flat());
    // The 2023 上半年 status is blank: its level (快报数) and growth (预计数) differ.
    expect(rows[4]?.slice(6)).toEqual([1102.3, 8.1, '年报数', null, 4.5, '快报数', 560.2, 6.8]);
    expect(rows[5]?.slice(6)).toEqual([null, null, null, 9.5, null, '核实数']);
    expect(sheetRows(build(), '模板信息')[8]).toEqual(['年内分期', '2023年上半年']);
  });

  it('gives back every stored value with its measure, period and status', () => {
    const fresh = read(build(), []);
    const key = (v: ActualValue) => `${v.indicatorId}/${v.year}/${v.measure}`;
    const plain = (values: readonly ActualValue[]) =>
      [...values]
        .sort((a, b) => key(a).localeCompare(key(b)))
        .map((v) => [v.indicatorId, v.year, v.measure, v.value]);
    expect(plain(fresh.toWrite)).toEqual(plain(stored));
    const same = read(build());
    expect(same.counts).toEqual({ new: 0, changed: 0, unchanged: 6, invalid: 0 });
  });

  it('previews a new growth, a changed 上半年 value and a status set for the period', () => {
    const preview = read(fillCells(build(), { H6: '7.2', M5: 561, O5: '年报数', J5: 1160 }));
    expect(
      preview.entries
        .filter((e) => e.kind !== 'unchanged')
        .map((e) => [e.kind, e.year, e.measure, e.address, e.location.column, e.before?.value]),
    ).toEqual([
      ['new', 2022, 'value', 'J5', '2022年数值', undefined],
      ['changed', 2023, 'firstHalfValue', 'M5', '2023年上半年数值', 560.2],
      ['changed', 2023, 'firstHalfGrowth', 'N5', '2023年上半年增速(%)', 6.8],
      ['new', 2021, 'growth', 'H6', '2021年增速(%)', undefined],
    ]);
    expect(preview.toWrite.map((v) => [v.year, v.measure, v.value, v.status])).toEqual([
      [2022, 'value', 1160, '快报数'],
      [2023, 'firstHalfValue', 561, '年报数'],
      [2023, 'firstHalfGrowth', 6.8, '年报数'],
      [2021, 'growth', 7.2, '快报数'],
    ]);
  });

  it('names the cell of text typed as a growth rate', () => {
    const preview = read(fillCells(build(), { K6: '增长5%左右' }));
    const invalid = preview.entries.filter((e) => e.kind === 'invalid');
    expect(invalid.map((e) => [e.address, e.measure, e.location.line, e.reason])).toEqual([
      ['K6', 'growth', 6, '「增长5%左右」不是数值：请只填写数字，可带千分位逗号或百分号'],
    ]);
  });

  it('refuses a template whose 上半年 columns were moved, naming the cell', () => {
    const result = importDataTemplate(
      fillCells(build(), { M3: '2023年（填报）', P3: '2023年上半年（填报）' }),
      FILE,
      plan,
      indicators,
      stored,
    );
    expect(result.ok ? null : result.error.message).toBe(
      '表头被修改：第 3 行 M 列应为「2023年上半年（填报）」，现为「2023年（填报）」。请使用原模板填报，不要修改表头，也不要插入或删除列',
    );
  });
});
