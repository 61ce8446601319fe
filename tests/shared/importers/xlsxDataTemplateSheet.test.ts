import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { importDataTemplate } from '../../../shared/importers/xlsxDataTemplateImport';
import type { Problem } from '../../../shared/lib/result';
import {
  buildTemplate,
  existing,
  fillCells,
  indicators,
  openWorkbook,
  plan,
  saveWorkbook,
} from './xlsxDataTemplateFixture';

const FILE = '填报.xlsx';
const where = { file: FILE, sheet: '数据填报' };

function errorOf(bytes: Uint8Array): Problem {
  const result = importDataTemplate(bytes, FILE, plan, indicators, existing);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

function editRows(bytes: Uint8Array, change: (rows: unknown[][]) => unknown[][]): Uint8Array {
  const workbook = openWorkbook(bytes);
  const rows: unknown[][] = XLSX.utils.sheet_to_json(workbook.Sheets['数据填报']!, {
    header: 1,
    defval: null,
  });
  workbook.Sheets['数据填报'] = XLSX.utils.aoa_to_sheet(change(rows));
  return saveWorkbook(workbook);
}

describe('readTemplateRows', () => {
  it('refuses an edited header, naming row, column and both texts', () => {
    expect(errorOf(fillCells(buildTemplate(), { G3: '2021年' }))).toEqual({
      message:
        '表头被修改：第 3 行 G 列应为「2021年（填报）」，现为「2021年」。请使用原模板填报，不要修改表头，也不要插入或删除列',
      location: { ...where, line: 3, column: 'G', cellText: '2021年' },
    });
  });

  it('refuses a deleted header', () => {
    expect(errorOf(fillCells(buildTemplate(), { J4: null })).message).toBe(
      '表头被修改：第 4 行 J 列应为「数值」，现为空白。请使用原模板填报，不要修改表头，也不要插入或删除列',
    );
  });

  it('refuses swapped 数值 and 增速 columns, naming the cell', () => {
    expect(errorOf(fillCells(buildTemplate(), { G4: '增速(%)', H4: '数值' }))).toEqual({
      message:
        '表头被修改：第 4 行 G 列应为「数值」，现为「增速(%)」。请使用原模板填报，不要修改表头，也不要插入或删除列',
      location: { ...where, line: 4, column: 'G', cellText: '增速(%)' },
    });
  });

  it('refuses text typed into a covered cell of a merged period header', () => {
    expect(errorOf(fillCells(buildTemplate(), { H3: '2021年增速' })).message).toBe(
      '表头被修改：第 3 行 H 列应为空白，现为「2021年增速」。请使用原模板填报，不要修改表头，也不要插入或删除列',
    );
  });

  it('refuses an inserted column', () => {
    const bytes = editRows(buildTemplate(), (rows) =>
      rows.map((row, index) => [...row.slice(0, 3), index === 2 ? '备注' : null, ...row.slice(3)]),
    );
    expect(errorOf(bytes).message).toBe(
      '表头被修改：第 3 行 D 列应为「单位」，现为「备注」。请使用原模板填报，不要修改表头，也不要插入或删除列',
    );
  });

  it('refuses a deleted id column', () => {
    const bytes = editRows(buildTemplate(), (rows) => rows.map((row) => row.slice(1)));
    expect(errorOf(bytes).message).toBe(
      '表头被修改：第 3 行 A 列应为「指标编号（请勿修改）」，现为「类别」。请使用原模板填报，不要修改表头，也不要插入或删除列',
    );
  });

  it('refuses an extra column after the table', () => {
    expect(errorOf(fillCells(buildTemplate(), { M4: '备注' }))).toEqual({
      message: '表头多出一列：第 4 行 M 列「备注」不是模板中的列。请使用原模板填报，不要插入列',
      location: { ...where, line: 4, column: 'M', cellText: '备注' },
    });
  });

  it('finds the header when the title rows were deleted', () => {
    const bytes = editRows(fillCells(buildTemplate(), { J5: 1192.6 }), (rows) => rows.slice(2));
    const result = importDataTemplate(bytes, FILE, plan, indicators, existing);
    expect(result.ok && result.value.entries.map((entry) => [entry.kind, entry.address])).toEqual([
      ['unchanged', 'G3'],
      ['unchanged', 'H3'],
      ['new', 'J3'],
      ['unchanged', 'G6'],
    ]);
  });

  it('refuses a sheet without the header', () => {
    const bytes = editRows(buildTemplate(), (rows) => rows.slice(3));
    expect(errorOf(bytes)).toEqual({
      message: '找不到表头：表头应在第 3 行，以「指标编号（请勿修改）」开头，可能被删除或修改',
      location: where,
    });
  });

  it('refuses a renamed data sheet, listing the sheets found', () => {
    const workbook = openWorkbook(buildTemplate());
    workbook.SheetNames[0] = 'Sheet1';
    workbook.Sheets.Sheet1 = workbook.Sheets['数据填报']!;
    delete workbook.Sheets['数据填报'];
    expect(errorOf(saveWorkbook(workbook))).toEqual({
      message:
        '找不到「数据填报」工作表（现有工作表：「Sheet1」、「模板信息」），工作表可能被改名或删除',
      location: { file: FILE },
    });
  });
});
