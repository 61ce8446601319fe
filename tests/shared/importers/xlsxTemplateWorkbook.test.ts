import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  addValidation,
  createTemplateWorkbook,
  fitRowHeights,
  setColumnWidths,
  styleRange,
  workbookBytes,
  writeRows,
} from '../../../shared/importers/xlsxTemplateWorkbook';
import { openWithExcelJs } from '../../helpers/openWithExcelJs';
import { readPackageCells, readPackageXml } from '../../helpers/xlsxPackageCells';

describe('xlsxTemplateWorkbook', () => {
  it('writes numbers as numbers, texts as strings, formula-like texts never as formulas', async () => {
    const workbook = createTemplateWorkbook(new Date('2026-11-22T02:00:00Z'));
    const sheet = workbook.addWorksheet('表');
    writeRows(sheet, 2, [
      ['甲', 1.5, null, '', '=1+1', -3.2],
      [null, '007'],
    ]);
    const bytes = await workbookBytes(workbook);
    const cells = readPackageCells(bytes).map(({ address, type, text, formula }) => [
      address,
      type,
      text,
      formula,
    ]);
    expect(cells).toEqual([
      ['A2', 's', '甲', null],
      ['B2', '', '1.5', null],
      ['E2', 's', '=1+1', null],
      ['F2', '', '-3.2', null],
      ['B3', 's', '007', null],
    ]);
    const read = XLSX.read(bytes, { type: 'array' });
    expect(read.Props?.Author).toBe('规划评估工作台');
    expect(read.Props?.CreatedDate?.toISOString()).toBe('2026-11-22T02:00:00.000Z');
  });

  it('sizes columns as SheetJS did for the same characters, and hides those asked', async () => {
    const workbook = createTemplateWorkbook();
    const sheet = workbook.addWorksheet('表');
    setColumnWidths(sheet, [{ width: 18, isHidden: true }, { width: 10 }]);
    expect([sheet.getColumn(1).width, sheet.getColumn(2).width]).toEqual([
      18.83203125, 10.83203125,
    ]);
    expect([sheet.getColumn(1).hidden, sheet.getColumn(2).hidden]).toEqual([true, false]);
  });

  it('styles empty cells too, each with its own copy of the look', () => {
    const sheet = createTemplateWorkbook().addWorksheet('表');
    const look = { font: { name: '宋体', size: 11 } };
    styleRange(sheet, [1, 2], [1, 2], (row, column) => (row === 2 && column === 2 ? null : look));
    sheet.getCell('A1').font = { name: '黑体' };
    expect(sheet.getCell('B1').font).toEqual({ name: '宋体', size: 11 });
    expect(sheet.getCell('A2').font).toEqual({ name: '宋体', size: 11 });
    expect(sheet.getCell('B2').font).toBeUndefined();
  });

  it('gives a row of wrapped long text the height of its lines', () => {
    const sheet = createTemplateWorkbook().addWorksheet('表');
    setColumnWidths(sheet, [{ width: 10 }]);
    writeRows(sheet, 1, [['短'], ['一二三四五六七八九十一二三四五六七八九十']]);
    styleRange(sheet, [1, 2], [1, 1], () => ({ alignment: { wrapText: true } }));
    fitRowHeights(sheet, [1, 2]);
    // 40 units of CJK text in a column of 10.83: four lines of 13.5 points plus 4.
    expect([sheet.getRow(1).height, sheet.getRow(2).height]).toEqual([17.5, 58]);
  });

  it('writes a range validation as one element, however many rows it covers', async () => {
    const workbook = createTemplateWorkbook();
    const sheet = workbook.addWorksheet('表');
    writeRows(sheet, 1, [['状态']]);
    addValidation(sheet, 'A5:A40', { type: 'list', allowBlank: true, formulae: ['"甲,乙"'] });
    const bytes = await workbookBytes(workbook);
    const xml = readPackageXml(bytes, '/xl/worksheets/sheet1.xml') ?? '';
    expect(xml.match(/sqref="[^"]+"/g)?.filter((s) => s !== 'sqref="A1"')).toEqual([
      'sqref="A5:A40"',
    ]);
    const read = (await openWithExcelJs(bytes)).getWorksheet('表')!;
    expect(read.getCell('A12').dataValidation?.formulae).toEqual(['"甲,乙"']);
  });
});
