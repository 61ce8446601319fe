import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { importDataTemplate } from '../../../shared/importers/xlsxDataTemplateImport';
import type { TemplatePreview } from '../../../shared/importers/xlsxDataTemplateImport';
import type { Problem, Result } from '../../../shared/lib/result';
import {
  buildTemplate,
  existing,
  fillCells,
  indicators,
  openWorkbook,
  plan,
  saveWorkbook,
} from './xlsxDataTemplateFixture';

const FILE = '市统计局填报.xlsx';
const where = { file: FILE, sheet: '数据填报' };

function runImport(bytes: Uint8Array): Result<TemplatePreview> {
  return importDataTemplate(bytes, FILE, plan, indicators, existing);
}

function errorOf(bytes: Uint8Array): Problem {
  const result = runImport(bytes);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

function previewOf(bytes: Uint8Array): TemplatePreview {
  const result = runImport(bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Rebuilds the data sheet from edited rows (to insert or delete rows and columns). */
function editRows(bytes: Uint8Array, change: (rows: unknown[][]) => unknown[][]): Uint8Array {
  const workbook = openWorkbook(bytes);
  const rows: unknown[][] = XLSX.utils.sheet_to_json(workbook.Sheets['数据填报']!, {
    header: 1,
    defval: null,
  });
  workbook.Sheets['数据填报'] = XLSX.utils.aoa_to_sheet(change(rows));
  return saveWorkbook(workbook);
}

describe('importDataTemplate: round trip', () => {
  const filled = fillCells(buildTemplate(), {
    I5: '年报数',
    J5: 1192.6,
    G6: '8.5%',
    J6: 9,
    L6: '估计数',
    J7: '约 7',
    J8: '３．１',
    L8: '核实数',
  });

  it('lists new, changed, unchanged and invalid cells with exact values', () => {
    const preview = previewOf(filled);
    expect(preview.counts).toEqual({ new: 3, changed: 2, unchanged: 1, invalid: 2 });
    expect(
      preview.entries.map((entry) => [
        entry.kind,
        entry.indicatorName,
        entry.year,
        entry.measure,
        entry.address,
        entry.reason,
      ]),
    ).toEqual([
      // The 2021 status applies to the level and the growth alike.
      ['changed', '地区生产总值（GDP）', 2021, 'value', 'G5', null],
      ['changed', '地区生产总值（GDP）', 2021, 'growth', 'H5', null],
      ['new', '地区生产总值（GDP）', 2022, 'value', 'J5', null],
      ['new', '规模以上工业增加值增速', 2021, 'value', 'G6', null],
      [
        'invalid',
        '规模以上工业增加值增速',
        2022,
        'value',
        'L6',
        '状态「估计数」无效：只能填写 预计数、快报数、年报数、核实数 之一，或留空',
      ],
      [
        'invalid',
        '每万人口高价值发明专利拥有量',
        2022,
        'value',
        'J7',
        '「约 7」不是数值：请只填写数字，可带千分位逗号或百分号',
      ],
      ['unchanged', '城镇登记失业率', 2021, 'value', 'G8', null],
      ['new', '城镇登记失业率', 2022, 'value', 'J8', null],
    ]);
  });

  it('shows old → new for a changed cell, keeping source and note', () => {
    const changed = previewOf(filled).entries[0]!;
    expect(changed.before).toEqual(existing[0]);
    expect(changed.after).toEqual({ ...existing[0], status: '年报数' });
    expect(changed.location).toEqual({
      ...where,
      line: 5,
      column: '2021年数值',
      cellText: '1102.3',
    });
  });

  it('locates an invalid cell by file, sheet, row, column and text', () => {
    expect(previewOf(filled).entries[5]!.location).toEqual({
      ...where,
      line: 7,
      column: '2022年数值',
      cellText: '约 7',
    });
  });

  it('returns the rows to write: new and changed only', () => {
    expect(previewOf(filled).toWrite).toEqual([
      { ...existing[0], status: '年报数' },
      { ...existing[2], status: '年报数' },
      {
        indicatorId: 'seed-jdz-14/001',
        year: 2022,
        measure: 'value',
        value: 1192.6,
        status: '快报数',
        source: '',
        note: '',
      },
      {
        indicatorId: 'seed-jdz-14/002',
        year: 2021,
        measure: 'value',
        value: 8.5,
        status: '快报数',
        source: '',
        note: '',
      },
      {
        indicatorId: 'seed-jdz-14/004',
        year: 2022,
        measure: 'value',
        value: 3.1,
        status: '核实数',
        source: '',
        note: '',
      },
    ]);
  });

  it('reports an untouched template as all unchanged, with no warnings', () => {
    const result = runImport(buildTemplate());
    expect(result.ok && result.warnings).toEqual([]);
    // GDP's 2021 level (快报数) and growth (核实数) keep their own statuses: the status cell is blank.
    expect(result.ok && result.value.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 3,
      invalid: 0,
    });
    expect(result.ok && result.value.department).toBe('');
    expect(result.ok && result.value.years).toEqual([2021, 2022]);
  });

  it('uses the department as the source of new values from a department template', () => {
    const bytes = fillCells(buildTemplate('市工信局'), { G5: 8.5 });
    expect(previewOf(bytes).toWrite).toEqual([
      {
        indicatorId: 'seed-jdz-14/002',
        year: 2021,
        measure: 'value',
        value: 8.5,
        status: '快报数',
        source: '市工信局',
        note: '',
      },
    ]);
  });

  it('reads 8.5% typed into an Excel cell (stored as 0.085 with a % format) as 8.5', () => {
    const workbook = openWorkbook(buildTemplate());
    workbook.Sheets['数据填报']!.G6 = { t: 'n', v: 0.085, z: '0.0%' };
    const entry = previewOf(saveWorkbook(workbook)).entries[2]!;
    expect([entry.kind, entry.location.cellText, entry.after?.value]).toEqual(['new', '8.5%', 8.5]);
  });

  it('never clears a stored value when its cell is emptied', () => {
    const preview = previewOf(fillCells(buildTemplate(), { G5: null, H5: null }));
    expect(preview.entries.map((entry) => entry.address)).toEqual(['G8']);
  });

  it('changes only the status when the value cell is blank but a value is stored', () => {
    const preview = previewOf(fillCells(buildTemplate(), { G5: null, I5: '核实数' }));
    expect(preview.entries.slice(0, 2).map((entry) => [entry.kind, entry.after])).toEqual([
      ['changed', { ...existing[0], status: '核实数' }],
      ['unchanged', existing[2]],
    ]);
  });

  it('refuses a status without a value', () => {
    const entry = previewOf(fillCells(buildTemplate(), { I6: '快报数' })).entries[2]!;
    expect([entry.kind, entry.address, entry.reason]).toEqual([
      'invalid',
      'G6',
      '填写了状态但没有填写数值或增速，请补上或清空状态',
    ]);
  });
});

describe('importDataTemplate: rows', () => {
  it('refuses values in a row whose id was cleared', () => {
    const entry = previewOf(fillCells(buildTemplate(), { A6: null, G6: 8.5 })).entries[2]!;
    expect([entry.kind, entry.indicatorId, entry.indicatorName, entry.reason]).toEqual([
      'invalid',
      null,
      '规模以上工业增加值增速',
      '该行缺少指标编号（隐藏的 A 列），无法确定是哪个指标；请勿修改或删除 A 列，新增指标请先在规划中添加',
    ]);
  });

  it('refuses values of an indicator that is not in the plan', () => {
    const preview = previewOf(
      fillCells(buildTemplate(), { A9: 'seed-jdz-14/099', C9: '新增指标', G9: 1 }),
    );
    expect(preview.entries.at(-1)!.reason).toBe(
      '指标编号「seed-jdz-14/099」不在当前规划中（该指标可能已被删除），该行无法导入',
    );
  });

  it('refuses a duplicated row and warns about the row it replaced', () => {
    const result = runImport(fillCells(buildTemplate(), { A7: 'seed-jdz-14/001', J7: 1200 }));
    expect(result.ok && result.value.entries.find((entry) => entry.address === 'J7')?.reason).toBe(
      '与第 5 行是同一指标（编号重复），请只保留一行',
    );
    expect(result.ok && result.warnings).toEqual([
      {
        message:
          '模板中有 1 个指标行被删除：「每万人口高价值发明专利拥有量」。这些指标的数据不会导入，如需填报请重新导出模板',
        location: where,
      },
    ]);
  });

  it('matches rows by id after names were edited and rows reordered', () => {
    const bytes = editRows(
      fillCells(buildTemplate(), { C5: 'GDP（亿元）', J5: 1192.6 }),
      (rows) => [...rows.slice(0, 4), ...rows.slice(4).reverse()],
    );
    const entry = previewOf(bytes).entries.find((item) => item.year === 2022)!;
    expect([entry.kind, entry.indicatorName, entry.address, entry.after?.value]).toEqual([
      'new',
      '地区生产总值（GDP）',
      'J8',
      1192.6,
    ]);
  });

  it('warns about deleted rows and imports the rest', () => {
    const bytes = editRows(fillCells(buildTemplate(), { J8: 3.1 }), (rows) =>
      rows.filter((_, index) => index !== 4 && index !== 5),
    );
    const result = runImport(bytes);
    expect(result.ok && result.value.entries.map((entry) => [entry.kind, entry.address])).toEqual([
      ['unchanged', 'G6'],
      ['new', 'J6'],
    ]);
    expect(result.ok && result.warnings).toEqual([
      {
        message:
          '模板中有 2 个指标行被删除：「地区生产总值（GDP）」、「规模以上工业增加值增速」。这些指标的数据不会导入，如需填报请重新导出模板',
        location: where,
      },
    ]);
  });

  it('refuses merged cells in the table', () => {
    const workbook = openWorkbook(buildTemplate());
    workbook.Sheets['数据填报']!['!merges'] = [{ s: { r: 4, c: 6 }, e: { r: 5, c: 6 } }];
    expect(errorOf(saveWorkbook(workbook))).toEqual({
      message:
        '第 5—6 行有合并单元格（G5:G6），合并会使数据对不上指标。请取消合并，并确认没有删除或移动行后再导入',
      location: where,
    });
  });

  it('accepts a merged title above the header', () => {
    const workbook = openWorkbook(buildTemplate());
    workbook.Sheets['数据填报']!['!merges'] = [{ s: { r: 0, c: 1 }, e: { r: 0, c: 9 } }];
    expect(runImport(saveWorkbook(workbook)).ok).toBe(true);
  });
});
