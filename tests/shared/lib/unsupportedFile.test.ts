import { describe, expect, it } from 'vitest';
import { describeUnsupportedFile } from '../../../shared/lib/unsupportedFile';

const ZIP = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14);
const OLE = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1);
const TEXT = new TextEncoder().encode('指标,年份,数值');

describe('describeUnsupportedFile', () => {
  it.each([
    ['表.xlsb', 'Excel 二进制工作簿（.xlsb）'],
    ['表.ODS', 'OpenDocument 表格（.ods）'],
    ['表.xlsm', '启用宏的 Excel 工作簿（.xlsm）'],
    ['表.xls', '旧版 Excel 工作簿（.xls）'],
  ])('refuses %s as an unsupported format', (name, format) => {
    expect(describeUnsupportedFile(name, ZIP, 'plan')).toBe(
      `不支持${format}：只能读取 .xlsx 工作簿。请在 Excel 或 WPS 中另存为「Excel 工作簿（*.xlsx）」后再试`,
    );
  });

  it('refuses a zip or an OLE document given as text, by its content', () => {
    expect(describeUnsupportedFile('规划.txt', ZIP, 'plan')).toBe(
      '文件内容是压缩包或 Office 文档（如 .xlsx、.docx、.ods），不是文本，无法按「.txt」读取。只能读取 .txt、.md、.json 或 .xlsx 文件；Excel 工作簿请以 .xlsx 扩展名提供',
    );
    expect(describeUnsupportedFile('实际值.csv', OLE, 'actuals')).toBe(
      '文件内容是旧版 Office 文档（如 .xls、.doc），不是文本。只能读取 .csv 或 .xlsx 文件；请在 Excel 或 WPS 中另存为「Excel 工作簿（*.xlsx）」后再试',
    );
  });

  it('lets text, JSON and .xlsx through', () => {
    expect(describeUnsupportedFile('实际值.csv', TEXT, 'actuals')).toBeNull();
    expect(describeUnsupportedFile('规划.xlsx', ZIP, 'plan')).toBeNull();
    expect(describeUnsupportedFile('plan', TEXT, 'plan')).toBeNull();
  });
});
