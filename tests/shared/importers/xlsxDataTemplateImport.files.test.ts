import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { importDataTemplate } from '../../../shared/importers/xlsxDataTemplateImport';
import { TEMPLATE_OPEN_OPTIONS } from '../../../shared/importers/xlsxDataTemplateLayout';
import { openWorkbook } from '../../../shared/importers/xlsxOpenWorkbook';
import {
  buildTemplate,
  existing,
  indicators,
  openWorkbook as parseTemplate,
  plan,
  saveWorkbook,
} from './xlsxDataTemplateFixture';

const FILE = '填报.xlsx';

function errorOf(bytes: Uint8Array): string {
  const result = importDataTemplate(bytes, FILE, plan, indicators, existing);
  if (result.ok) throw new Error('expected an error');
  expect(result.error.location?.file).toBe(FILE);
  return result.error.message;
}

function expectChineseErrorOrPreview(bytes: Uint8Array): void {
  const result = importDataTemplate(bytes, FILE, plan, indicators, existing);
  if (!result.ok) {
    expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(result.error.location?.file).toBe(FILE);
  }
}

describe('importDataTemplate with wrong or damaged files', () => {
  it('refuses a 50 MB file before parsing, with its size', () => {
    expect(errorOf(new Uint8Array(50 * 1024 * 1024))).toBe(
      '文件大小为 50.0 MB，超过 20 MB 的上限，不像是数据填报模板，已拒绝读取。请确认选择了正确的文件',
    );
  });

  it('refuses an empty file', () => {
    expect(errorOf(new Uint8Array(0))).toBe('文件是空的，请确认选择了填好的数据填报模板');
  });

  it('refuses a text file renamed to .xlsx', () => {
    expect(errorOf(new TextEncoder().encode('指标\t2021\n地区生产总值\t1102.3\n'))).toBe(
      '不是 Excel 工作簿（.xlsx），文件可能已损坏或选错了文件',
    );
  });

  it('refuses an old .xls or encrypted workbook with the way out', () => {
    expect(errorOf(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe(
      '这是旧版 Excel 文件（.xls）或加密的工作簿，请在 Excel 中另存为「Excel 工作簿（*.xlsx）」并取消密码后再导入',
    );
  });

  it('refuses a truncated (corrupted) xlsx', () => {
    expect(errorOf(buildTemplate().slice(0, 2000))).toBe(
      '文件已损坏，无法作为 Excel 工作簿（.xlsx）读取。请在 Excel 中打开确认后重新保存再导入',
    );
  });

  it('refuses a workbook with a sheet named __proto__', () => {
    const workbook = parseTemplate(buildTemplate());
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['x']]), '__proto__');
    const bytes = saveWorkbook(workbook);
    expect(errorOf(bytes)).toBe(
      '工作簿中有名为「__proto__」的工作表，不是本工作台导出的模板，已拒绝导入',
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('opens a real template', () => {
    const result = openWorkbook(buildTemplate(), FILE, TEMPLATE_OPEN_OPTIONS);
    expect(result.ok && result.value.SheetNames).toEqual(['数据填报', '模板信息']);
  });

  it('never throws on random bytes and answers in Chinese', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), expectChineseErrorOrPreview), {
      numRuns: 200,
    });
  });

  it('never throws on random bytes behind a zip signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (tail) => {
        expectChineseErrorOrPreview(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, ...tail));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws when bytes of a real template are damaged', () => {
    const original = buildTemplate();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (changes) => {
          const bytes = original.slice();
          for (const [at, byte] of changes) bytes[at] = byte;
          expectChineseErrorOrPreview(bytes);
        },
      ),
      { numRuns: 150 },
    );
  });
});
