import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openPlanDocument } from '../../../shared/importers/openPlanDocument';
import type { Problem } from '../../../shared/lib/result';
import { imageOnlyPdf } from '../../helpers/imageOnlyPdf';

const bad = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, '../../fixtures/documents/bad', name)));

async function errorOf(bytes: Uint8Array, fileName: string): Promise<Problem> {
  const result = await openPlanDocument(bytes, fileName, { planId: 'p' });
  if (result.ok) throw new Error(`${fileName} was read as a plan`);
  return result.error;
}

/** An OLE compound file naming the given streams (directory entries hold UTF-16LE names). */
function oleFile(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streams.forEach((name, index) => {
    bytes.set(
      [...name].flatMap((c) => [c.charCodeAt(0), 0]),
      1024 + index * 128,
    );
  });
  return bytes;
}

/** A .docx whose body is the given WordprocessingML. */
function docx(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(xml),
  });
}

const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const row = (...texts: string[]) => `<w:tr>${texts.map(cell).join('')}</w:tr>`;

// Issue 11「Bad input」: each refusal says what was found and what to do; nothing is returned.
describe('openPlanDocument on bad input', () => {
  it('says a PDF without a text layer is probably a scan', async () => {
    expect(await errorOf(imageOnlyPdf(), 'scan.pdf')).toStrictEqual({
      message: '该 PDF 没有文字层，可能是扫描件（共 1 页，都只有图像）：请用原文 Word 或网页复制',
      location: { file: 'scan.pdf' },
    });
  }, 30_000);

  it('refuses a PDF with an open password', async () => {
    expect(await errorOf(bad('encrypted.pdf'), 'encrypted.pdf')).toStrictEqual({
      message:
        '该 PDF 设有打开密码（已加密），无法读取：请用原文 Word 或网页复制指标表，或在 PDF 软件中取消密码后另存再打开',
      location: { file: 'encrypted.pdf' },
    });
  }, 30_000);

  it('refuses a password-protected Word document (an OLE file with EncryptionInfo)', async () => {
    const file = oleFile('EncryptionInfo', 'EncryptedPackage');
    expect((await errorOf(file, '规划.docx')).message).toBe(
      '该 Word 文档设有打开密码（已加密），无法读取：请在 Word/WPS 中打开后取消密码（文件→信息→保护文档），另存为 .docx 后再打开',
    );
    expect((await errorOf(file, '规划.xlsx')).message).toBe(
      '工作簿设有打开密码（已加密），无法读取：请在 Excel/WPS 中打开后取消密码，另存后再打开',
    );
  });

  it('tells an old .doc to be saved as .docx, whatever its name', async () => {
    for (const name of ['规划.doc', '规划.docx']) {
      expect((await errorOf(oleFile('WordDocument', '1Table'), name)).message).toBe(
        '这是旧版 Word（.doc）文件：请在 Word/WPS 中另存为 .docx 后再打开',
      );
    }
  });

  it('says a Word document has no table (LibreOffice file with prose only)', async () => {
    expect(await errorOf(bad('no-table.docx'), 'no-table.docx')).toStrictEqual({
      message:
        'Word 文档中没有表格（只有 2 段文字），也没有按文字排列的指标表，找不到指标表。请确认打开的是含指标表的规划文件，或把指标表复制后用「粘贴指标表」导入',
      location: { file: 'no-table.docx' },
    });
  });

  it('names the columns of a table without an indicator column', async () => {
    const file = docx(
      `<w:tbl>${row('姓名', '单位', '电话')}${row('张三', '统计局', '12345')}</w:tbl>`,
    );
    const error = await errorOf(file, '通讯录.docx');
    expect(error).toStrictEqual({
      message:
        '找不到「目标值」列（各列识别为：第1列「（无表头）」→类别，第2列「（无表头）」→分组，第3列「（无表头）」→指标名称）。请在复核界面或用 --map 指定目标值所在的列',
      location: { line: 1, file: '通讯录.docx', cellText: '', sheet: '表格 1' },
    });
  });

  it('refuses a 100 MB file before reading it', async () => {
    const started = performance.now();
    const error = await errorOf(new Uint8Array(100 * 1024 * 1024), '规划.pdf');
    expect(error).toStrictEqual({
      message:
        '文件大小为 100.0 MB，超过 50 MB 的上限，未读取。规划文件一般只有几 MB：请确认选择了正确的文件，或只保留指标表所在部分后再打开',
      location: { file: '规划.pdf' },
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses random bytes named .pdf', async () => {
    const random = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 251);
    expect(await errorOf(random, '规划.pdf')).toStrictEqual({
      message:
        '不是有效的 PDF 文件：文件开头没有 PDF 标记（%PDF-），可能已损坏或只是改了扩展名。请重新下载或导出 PDF，或用原文 Word 或网页复制指标表',
      location: { file: '规划.pdf' },
    });
  });

  it('refuses a damaged PDF and text named .docx, and an empty file', async () => {
    const header = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage');
    expect((await errorOf(header, '坏.pdf')).message).toMatch(
      /^该 PDF 文件已损坏或不完整|^无法读取该 PDF/,
    );
    const text = new TextEncoder().encode('地区生产总值 957.14 1200');
    expect((await errorOf(text, '规划.docx')).message).toBe(
      '不是 Word 文档（.docx）：文件内容不是 Word 格式，可能选错了文件或只是改了扩展名。请在 Word/WPS 中打开后另存为 .docx 再打开',
    );
    expect((await errorOf(new Uint8Array(0), '空.pdf')).message).toBe(
      '文件是空的（0 字节）：请确认选择了正确的规划文件',
    );
  }, 30_000);
});
