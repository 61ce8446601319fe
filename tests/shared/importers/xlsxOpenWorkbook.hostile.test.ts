/**
 * Bounded work on untrusted workbooks (issue 16): a template whose sheet unpacks to 140 MB of
 * cells, or a sheet of 1,048,576 rows, is refused with its Chinese message before SheetJS sees
 * it — within 10 s and 500 MB — and renamed .ods / .xlsb files are refused as other formats.
 */
import { describe, expect, it } from 'vitest';
import { importDataTemplate } from '../../../shared/importers/xlsxDataTemplateImport';
import { DEFAULT_OPEN_MESSAGES, openWorkbook } from '../../../shared/importers/xlsxOpenWorkbook';
import { importPlanFromWorkbook } from '../../../shared/importers/xlsxPlanWorkbook';
import { workbookWithParts, workbookWithRepeatedRows } from './hostileWorkbooks';
import { indicators, plan } from './xlsxDataTemplateFixture';

const MB = 1024 * 1024;
const CELL_ROW = '<row><c t="n"><v>123456.789</v></c><c t="n"><v>987654.321</v></c></row>';

function refusedWithin(run: () => { ok: boolean }, message: string): void {
  const started = performance.now();
  const result = run() as { ok: false; error: { message: string } };
  expect(performance.now() - started).toBeLessThan(10_000);
  expect(result.ok).toBe(false);
  expect(result.error.message).toBe(message);
  expect(process.memoryUsage().rss).toBeLessThan(500 * MB);
}

describe('openWorkbook on hostile workbooks', () => {
  it('refuses a template whose sheet unpacks to 140 MB of cells', { timeout: 60_000 }, () => {
    const bytes = workbookWithRepeatedRows(CELL_ROW, Math.ceil((140 * MB) / CELL_ROW.length));
    expect(bytes.length).toBeLessThan(20 * MB);
    refusedWithin(
      () => importDataTemplate(bytes, '填报.xlsx', plan, indicators, []),
      '文件解压后超过 50 MB，不像是规划或填报表，未读取。请确认选择了正确的文件',
    );
  });

  it('refuses a sheet of 1,048,576 rows as a plan and as a template', { timeout: 60_000 }, () => {
    const bytes = workbookWithRepeatedRows('<row><c><v>1</v></c></row>', 1_048_576);
    const message = '文件行数超过 50000，不像是规划或填报表，未读取。请确认选择了正确的文件';
    refusedWithin(() => importDataTemplate(bytes, '填报.xlsx', plan, indicators, []), message);
    refusedWithin(() => importPlanFromWorkbook(bytes, '规划.xlsx', { planId: 'p' }), message);
  });

  it('refuses 1,000,001 cells in 20,000 rows', { timeout: 60_000 }, () => {
    const row = `<row>${'<c><v>1</v></c>'.repeat(50)}</row>`;
    const bytes = workbookWithRepeatedRows(`${row}`, 20_001);
    refusedWithin(
      () => openWorkbook(bytes, 'a.xlsx', { maxBytes: 20 * MB }),
      '文件单元格数超过 1000000，不像是规划或填报表，未读取。请确认选择了正确的文件',
    );
  });

  it('counts rows and cells behind namespace prefixes', () => {
    const bytes = workbookWithRepeatedRows('<x:row><x:c><x:v>1</x:v></x:c></x:row>', 50_001);
    expect(openWorkbook(bytes, 'a.xlsx', { maxBytes: 20 * MB })).toMatchObject({
      ok: false,
      error: { message: '文件行数超过 50000，不像是规划或填报表，未读取。请确认选择了正确的文件' },
    });
  });

  it('refuses an .ods or .xlsb renamed .xlsx, and a zip without a workbook', () => {
    const open = (bytes: Uint8Array) => openWorkbook(bytes, 'a.xlsx', { maxBytes: 20 * MB });
    expect(
      open(
        workbookWithParts({
          mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
          'content.xml': '<x/>',
        }),
      ),
    ).toMatchObject({
      error: { message: DEFAULT_OPEN_MESSAGES.otherFormat('OpenDocument 表格（.ods）') },
    });
    expect(open(workbookWithParts({ 'xl/workbook.bin': 'x' }, true))).toMatchObject({
      error: { message: DEFAULT_OPEN_MESSAGES.otherFormat('Excel 二进制工作簿（.xlsb）') },
    });
    expect(open(workbookWithParts({}, true))).toMatchObject({
      error: { message: DEFAULT_OPEN_MESSAGES.notExcel },
    });
    expect(DEFAULT_OPEN_MESSAGES.otherFormat('OpenDocument 表格（.ods）')).toBe(
      '这是 OpenDocument 表格（.ods），不是 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中另存为「Excel 工作簿（*.xlsx）」后再导入',
    );
  });

  it('still opens a small workbook made the same way', () => {
    const bytes = workbookWithRepeatedRows('<row><c t="n"><v>1</v></c></row>', 10);
    expect(openWorkbook(bytes, 'a.xlsx', { maxBytes: 20 * MB }).ok).toBe(true);
  });
});
