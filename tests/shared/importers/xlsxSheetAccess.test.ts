import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  cellText,
  columnLetter,
  getCell,
  getSheet,
  sheetRange,
} from '../../../shared/importers/xlsxSheetAccess';

function workbookOf(rows: unknown[][]): XLSX.WorkBook {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), '指标');
  return workbook;
}

describe('getSheet', () => {
  it('finds a sheet by name, never through the prototype', () => {
    const workbook = workbookOf([['GDP']]);
    expect(getSheet(workbook, '指标')?.['A1']).toMatchObject({ v: 'GDP' });
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', '其他']) {
      expect(getSheet(workbook, name)).toBeNull();
    }
  });
});

describe('getCell and cellText', () => {
  const sheet = workbookOf([['地区生产总值', 957.14, null, true]]).Sheets['指标']!;

  it('reads a cell by 0-based row and column, as an own property only', () => {
    expect(getCell(sheet, 0, 1)).toMatchObject({ t: 'n', v: 957.14 });
    expect(getCell(sheet, 5, 5)).toBeUndefined();
    const inherited = Object.create({ C1: { t: 's', v: '原型' } }) as XLSX.WorkSheet;
    expect(getCell(inherited, 0, 2)).toBeUndefined();
  });

  it('gives the text as shown, else the raw value, else an empty string', () => {
    expect(cellText(sheet, 0, 0)).toBe('地区生产总值');
    expect(cellText(sheet, 0, 1)).toBe('957.14');
    expect(cellText({ A1: { t: 'n', v: 0.07, w: '7.0%' } }, 0, 0)).toBe('7.0%');
    expect(cellText(sheet, 0, 2)).toBe('');
    expect(cellText(sheet, 9, 9)).toBe('');
  });
});

describe('columnLetter and sheetRange', () => {
  it('names columns like Excel', () => {
    expect([0, 25, 26, 27].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB']);
  });

  it('reads the used range, or null when there is none', () => {
    expect(sheetRange({ '!ref': 'A1:C4' })).toEqual({ s: { r: 0, c: 0 }, e: { r: 3, c: 2 } });
    expect(sheetRange({})).toBeNull();
  });
});
