import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../../shared/domain/ids';
import { buildDataTemplate } from '../../../shared/importers/xlsxDataTemplateBuild';
import { INPUT_FILL_RGB, printPages } from '../../../shared/importers/xlsxDataTemplateLook';
import { makeIndicator } from '../../helpers/makeIndicator';
import { fillOf, openWithExcelJs } from '../../helpers/openWithExcelJs';
import { readPackageXml } from '../../helpers/xlsxPackageCells';
import { buildTemplate, plan } from './xlsxDataTemplateFixture';

const form = async () => (await openWithExcelJs(buildTemplate())).getWorksheet('数据填报')!;

/** A template of 61 indicators over three years: three printed pages. */
async function longTemplate(): Promise<Uint8Array> {
  const many = Array.from({ length: 61 }, (_, index) =>
    makeIndicator({
      id: asIndicatorId(`p/${index}`),
      planId: plan.id,
      order: index,
      name: `指标${index}`,
    }),
  );
  return buildDataTemplate(plan, many, [], { years: [2021, 2022, 2023], now: new Date(0) });
}

describe('styleDataSheet', () => {
  it('shades the input cells, filled or empty, and leaves the fixed columns white', async () => {
    const sheet = await form();
    // G5 holds GDP 2021 (1102.3), H5 its growth, I5 the status; J6 is 规上工业 2022, empty
    // but shaded.
    expect(['G5', 'H5', 'I5', 'J6'].map((address) => fillOf(sheet, address))).toEqual(
      Array(4).fill(INPUT_FILL_RGB),
    );
    expect([fillOf(sheet, 'G3'), fillOf(sheet, 'K4'), fillOf(sheet, 'C3')]).toEqual([
      'FFE699',
      'FFE699',
      'F2F2F2',
    ]);
    expect(fillOf(sheet, 'C5')).toBeUndefined();
    expect(sheet.getCell('J6').border?.left?.style).toBe('thin');
    expect(sheet.getCell('B1').font).toMatchObject({ name: '宋体', size: 14, bold: true });
    // SheetJS, which reads templates back, sees numbers as numbers and the empty cell as empty.
    const read = XLSX.read(buildTemplate(), { type: 'array' }).Sheets['数据填报']!;
    expect(read['J6']?.v).toBeUndefined();
    expect(read['G5']).toMatchObject({ t: 'n', v: 1102.3 });
    expect(read['H5']).toMatchObject({ t: 'n', v: 8.1 });
    expect(read['F5']).toMatchObject({ t: 'n', v: 957.14 });
    expect(read['F6']).toMatchObject({ t: 's', v: '[7.66]' });
  });

  it('offers the four statuses as a drop-down list on every status cell', async () => {
    const sheet = await form();
    // The four indicators' status cells of 2021 (I) and 2022 (L), and nothing beside them.
    for (const address of ['I5', 'I8', 'L5', 'L8']) {
      expect(sheet.getCell(address).dataValidation).toEqual({
        type: 'list',
        allowBlank: true,
        formulae: ['"预计数,快报数,年报数,核实数"'],
        errorStyle: 'warning',
        showErrorMessage: true,
        errorTitle: '状态',
        error: '请从下拉列表中选择：预计数、快报数、年报数、核实数',
        showInputMessage: true,
        promptTitle: '状态',
        prompt: '从下拉列表中选择；留空表示沿用原状态',
      });
    }
    for (const address of ['I9', 'H5', 'I4']) {
      expect(sheet.getCell(address).dataValidation).toBeUndefined();
    }
    const xml = readPackageXml(buildTemplate(), '/xl/worksheets/sheet1.xml') ?? '';
    // Written as one validation per status column.
    const ranges = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(ranges).toEqual(['I5:I8', 'L5:L8']);
  });

  it('freezes the header rows and the name columns, and hides the id column', async () => {
    const sheet = await form();
    expect(sheet.views[0]).toMatchObject({
      state: 'frozen',
      xSplit: 3,
      ySplit: 4,
      topLeftCell: 'D5',
    });
    expect(sheet.getColumn(1).hidden).toBe(true);
    // The widths SheetJS wrote for the same characters (10 → 10.83).
    expect([2, 3, 7].map((column) => sheet.getColumn(column).width)).toEqual([
      10.83203125, 32.83203125, 10.83203125,
    ]);
    expect([1, 2, 3, 4].map((row) => sheet.getRow(row).height)).toEqual([28, 80, 20, 20]);
  });

  it('prints landscape, one page wide, one page per 30 indicators, header repeated', async () => {
    expect([1, 30, 31, 60, 61].map(printPages)).toEqual([1, 1, 2, 2, 3]);
    const bytes = await longTemplate();
    const sheet = (await openWithExcelJs(bytes)).getWorksheet('数据填报')!;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 3,
    });
    const xml = readPackageXml(bytes, '/xl/worksheets/sheet1.xml') ?? '';
    // One validation per status column, none overlapping another.
    const ranges = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(ranges).toEqual(['I5:I65', 'L5:L65', 'O5:O65']);
    // Page breaks after the 30th and the 60th indicator (rows 34 and 64).
    expect(xml.match(/<brk id="\d+"/g)).toEqual(['<brk id="34"', '<brk id="64"']);
    expect(xml).toContain('<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>');
    const names = XLSX.read(bytes, { type: 'array' }).Workbook?.Names ?? [];
    expect(names.map((name) => [name.Name, name.Ref])).toEqual([
      ['_xlnm.Print_Area', "'数据填报'!$B$1:$O$65"],
      ['_xlnm.Print_Titles', "'数据填报'!$3:$4"],
    ]);
  });

  it('hides the 模板信息 sheet (hidden, not very hidden)', async () => {
    const workbook = await openWithExcelJs(buildTemplate());
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['数据填报', 'visible'],
      ['模板信息', 'hidden'],
    ]);
  });
});
