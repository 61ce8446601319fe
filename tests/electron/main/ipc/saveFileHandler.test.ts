import { describe, expect, it, vi } from 'vitest';
import type { SaveDialogRequest } from '../../../../electron/main/ipc/ports';
import { createSaveFileHandler } from '../../../../electron/main/ipc/saveFileHandler';

const request = {
  suggestedName: '“十四五”规划中期评估报告.docx',
  bytes: new Uint8Array([80, 75, 3, 4]),
  filters: [{ name: 'Word 文档', extensions: ['docx'] }],
};

function fakePorts(choice: { canceled: boolean; filePath?: string }) {
  const written: [string, Uint8Array][] = [];
  return {
    written,
    showSaveDialog: vi.fn(async (_sender: string, _request: SaveDialogRequest) => choice),
    writeFile: vi.fn(async (filePath: string, bytes: Uint8Array) => {
      written.push([filePath, bytes]);
    }),
    defaultDirectory: 'C:\\Users\\统计员\\Documents',
  };
}

describe('createSaveFileHandler', () => {
  it('asks where to save, in Chinese, with the suggested name in the documents folder', async () => {
    const ports = fakePorts({ canceled: true });
    await createSaveFileHandler(ports)(request, 'window-1');
    expect(ports.showSaveDialog).toHaveBeenCalledWith('window-1', {
      title: '保存文件',
      buttonLabel: '保存',
      defaultPath: 'C:\\Users\\统计员\\Documents\\“十四五”规划中期评估报告.docx',
      filters: [{ name: 'Word 文档', extensions: ['docx'] }],
    });
  });

  it('writes the bytes where the user chose and reports the path', async () => {
    const ports = fakePorts({ canceled: false, filePath: 'D:\\报告\\评估.docx' });
    const result = await createSaveFileHandler(ports)(request, 'window-1');
    expect(result).toEqual({ status: 'saved', path: 'D:\\报告\\评估.docx' });
    expect(ports.written).toEqual([['D:\\报告\\评估.docx', request.bytes]]);
  });

  it('reports cancellation without writing', async () => {
    for (const choice of [{ canceled: true }, { canceled: false, filePath: '' }]) {
      const ports = fakePorts(choice);
      expect(await createSaveFileHandler(ports)(request, 'w')).toEqual({ status: 'cancelled' });
      expect(ports.writeFile).not.toHaveBeenCalled();
    }
  });

  it('turns a locked file into a Chinese failure message', async () => {
    const ports = fakePorts({ canceled: false, filePath: '/home/u/a.docx' });
    ports.writeFile.mockRejectedValueOnce(Object.assign(new Error('EBUSY'), { code: 'EBUSY' }));
    const result = await createSaveFileHandler(ports)(request, 'w');
    expect(result).toEqual({
      status: 'failed',
      message: '保存失败：文件正被其他程序占用（例如已在 Excel 或 WPS 中打开），请关闭后重试。',
    });
  });

  it('gives a generic Chinese reason for unknown write errors', async () => {
    const ports = fakePorts({ canceled: false, filePath: '/home/u/a.docx' });
    ports.writeFile.mockRejectedValueOnce(new Error('boom'));
    const result = await createSaveFileHandler(ports)(request, 'w');
    expect(result).toEqual({
      status: 'failed',
      message: '保存失败：无法写入所选位置，请换一个文件夹再试。',
    });
  });
});
