import { describe, expect, it, vi } from 'vitest';
import {
  createPrintToPdfHandler,
  withPdfExtension,
} from '../../../../electron/main/ipc/printToPdfHandler';

const pdf = new Uint8Array([37, 80, 68, 70]);

function fakePorts(choice: { canceled: boolean; filePath?: string }) {
  return {
    showSaveDialog: vi.fn(async () => choice),
    printToPdf: vi.fn(async () => pdf),
    writeFile: vi.fn(async () => undefined),
    defaultDirectory: '/home/统计员/文档',
  };
}

describe('createPrintToPdfHandler', () => {
  it('asks where to save the PDF, then prints A4 with backgrounds and writes it', async () => {
    const ports = fakePorts({ canceled: false, filePath: '/home/统计员/文档/评估报告.pdf' });
    const result = await createPrintToPdfHandler(ports)({ suggestedName: '评估报告' }, 'w');
    expect(ports.showSaveDialog).toHaveBeenCalledWith('w', {
      title: '打印为 PDF',
      buttonLabel: '保存',
      defaultPath: '/home/统计员/文档/评估报告.pdf',
      filters: [{ name: 'PDF 文档', extensions: ['pdf'] }],
    });
    expect(ports.printToPdf).toHaveBeenCalledWith('w', {
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    expect(ports.writeFile).toHaveBeenCalledWith('/home/统计员/文档/评估报告.pdf', pdf);
    expect(result).toEqual({ status: 'saved', path: '/home/统计员/文档/评估报告.pdf' });
  });

  it('does not print when the user cancels', async () => {
    const ports = fakePorts({ canceled: true });
    expect(await createPrintToPdfHandler(ports)({ suggestedName: 'a.pdf' }, 'w')).toEqual({
      status: 'cancelled',
    });
    expect(ports.printToPdf).not.toHaveBeenCalled();
  });

  it('reports rendering and writing failures in Chinese', async () => {
    const ports = fakePorts({ canceled: false, filePath: '/a.pdf' });
    ports.printToPdf.mockRejectedValueOnce(new Error('renderer gone'));
    expect(await createPrintToPdfHandler(ports)({ suggestedName: 'a' }, 'w')).toEqual({
      status: 'failed',
      message: '生成 PDF 失败，请稍后重试。',
    });
    ports.writeFile.mockRejectedValueOnce(Object.assign(new Error('x'), { code: 'EACCES' }));
    expect(await createPrintToPdfHandler(ports)({ suggestedName: 'a' }, 'w')).toEqual({
      status: 'failed',
      message: '保存 PDF 失败：没有访问该文件的权限。',
    });
  });
});

describe('withPdfExtension', () => {
  it('adds .pdf once, whatever the case', () => {
    expect(withPdfExtension('报告')).toBe('报告.pdf');
    expect(withPdfExtension('报告.pdf')).toBe('报告.pdf');
    expect(withPdfExtension('报告.PDF')).toBe('报告.PDF');
    expect(withPdfExtension('报告.docx')).toBe('报告.docx.pdf');
  });
});
