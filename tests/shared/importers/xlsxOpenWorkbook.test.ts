import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/lib/result';
import { DEFAULT_OPEN_MESSAGES, openWorkbook } from '../../../shared/importers/xlsxOpenWorkbook';
import { damageExtraLength, damageNameLength } from './xlsxZipDamage';

const FILE = '工作簿.xlsx';
const MB = 1024 * 1024;
const OPTIONS = { maxBytes: 20 * MB };

function write(sheets: Record<string, XLSX.WorkSheet>, bookType: XLSX.BookType = 'xlsx') {
  const workbook = XLSX.utils.book_new();
  for (const [name, sheet] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(workbook, sheet, name);
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType }) as ArrayBuffer);
}

const SMALL = write({
  指标: XLSX.utils.aoa_to_sheet([
    ['指标', '目标值'],
    ['GDP', 1200],
  ]),
});

function errorOf(result: Result<XLSX.WorkBook>) {
  return result.ok ? null : result.error;
}

function refusal(message: string) {
  return { message, location: { file: FILE } };
}

describe('openWorkbook', () => {
  it('opens an intact workbook', () => {
    const result = openWorkbook(SMALL, FILE, OPTIONS);
    expect(result.ok && result.value.SheetNames).toEqual(['指标']);
  });

  it('refuses no bytes, and something that is not a byte array', () => {
    const notBytes = 'PK' as unknown as Uint8Array;
    for (const bytes of [new Uint8Array(0), notBytes]) {
      expect(errorOf(openWorkbook(bytes, FILE, OPTIONS))).toStrictEqual(
        refusal('文件是空的（0 字节），请确认选择了正确的 Excel 文件'),
      );
    }
  });

  it('refuses a file over the limit before parsing, with both sizes in MB', () => {
    expect(errorOf(openWorkbook(new Uint8Array(1.5 * MB), FILE, { maxBytes: MB }))).toStrictEqual(
      refusal('文件大小为 1.5 MB，超过 1 MB 的上限，未读取。请确认选择了正确的文件'),
    );
  });

  it('refuses a text file, and an old .xls (SheetJS would parse it without the zip check)', () => {
    const text = new TextEncoder().encode('指标\t目标值\nGDP\t1200\n');
    expect(errorOf(openWorkbook(text, FILE, OPTIONS))).toStrictEqual(
      refusal('不是 Excel 工作簿（.xlsx），文件可能已损坏或选错了文件'),
    );
    const xls = write({ 指标: XLSX.utils.aoa_to_sheet([['GDP', 1200]]) }, 'xls');
    expect(errorOf(openWorkbook(xls, 'old.xls', OPTIONS))).toStrictEqual({
      message:
        '这是旧版 Excel 文件（.xls）或加密的工作簿，请在 Excel 中另存为「Excel 工作簿（*.xlsx）」并取消密码后再导入',
      location: { file: 'old.xls' },
    });
  });

  it('refuses the zip damage that froze SheetJS, a truncated zip and a zip that is no workbook', () => {
    const damaged = refusal(DEFAULT_OPEN_MESSAGES.damaged);
    const notWorkbook = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(notWorkbook, '/readme.txt', new TextEncoder().encode('你好'));
    const zip = XLSX.CFB.write(notWorkbook, { fileType: 'zip', type: 'array' }) as number[];
    for (const bytes of [
      damageNameLength(SMALL),
      damageExtraLength(SMALL),
      SMALL.slice(0, SMALL.length - 30),
    ]) {
      expect(errorOf(openWorkbook(bytes, FILE, OPTIONS))).toStrictEqual(damaged);
    }
    expect(errorOf(openWorkbook(Uint8Array.from(zip), FILE, OPTIONS))).toStrictEqual(
      refusal(DEFAULT_OPEN_MESSAGES.notExcel),
    );
  });

  it('refuses a sheet named __proto__, located at that sheet', () => {
    const bytes = write({ 指标: XLSX.utils.aoa_to_sheet([['x']]), ['__proto__']: {} });
    expect(errorOf(openWorkbook(bytes, FILE, OPTIONS))).toStrictEqual({
      message: DEFAULT_OPEN_MESSAGES.reservedSheetName,
      location: { file: FILE, sheet: '__proto__' },
    });
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('keeps the cached value of a formula cell and does not read the formula', () => {
    const sheet = XLSX.utils.aoa_to_sheet([['合计', 0]]);
    sheet['B1'] = { t: 'n', v: 957.14, f: 'SUM(1,1)' };
    const result = openWorkbook(write({ 表: sheet }), FILE, OPTIONS);
    expect(result.ok && result.value.Sheets['表']?.['B1']).toMatchObject({ t: 'n', v: 957.14 });
    expect(result.ok && result.value.Sheets['表']?.['B1']?.f).toBeUndefined();
  });

  it('uses the importer wording given, and the defaults for the rest', () => {
    const messages = {
      empty: '空文件',
      tooLarge: (size: string, limit: string) => `${size}>${limit}`,
    };
    const options = { maxBytes: MB, messages };
    expect(errorOf(openWorkbook(new Uint8Array(0), FILE, options))?.message).toBe('空文件');
    expect(errorOf(openWorkbook(new Uint8Array(2 * MB), FILE, options))?.message).toBe('2.0>1');
    expect(errorOf(openWorkbook(Uint8Array.of(1, 2, 3), FILE, options))?.message).toBe(
      DEFAULT_OPEN_MESSAGES.notExcel,
    );
  });

  it('never throws on damaged bytes of an intact workbook, and answers in Chinese', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(SMALL.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (changes) => {
          const bytes = SMALL.slice();
          for (const [at, byte] of changes) bytes[at] = byte;
          const result = openWorkbook(bytes, FILE, OPTIONS);
          if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
        },
      ),
      { numRuns: 200 },
    );
  });
});
