import { describe, expect, it, vi } from 'vitest';
import { HandlerError } from '../../../../electron/main/ipc/errors';
import { createOpenFileHandler } from '../../../../electron/main/ipc/openFileHandler';

const MB = 1024 * 1024;
const excel = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

function fakePorts(filePaths: string[], size = 10, canceled = false) {
  return {
    showOpenDialog: vi.fn(async () => ({ canceled, filePaths })),
    fileSize: vi.fn(async () => size),
    readFile: vi.fn(async () => new Uint8Array(size)),
    maxBytes: 200 * MB,
  };
}

describe('createOpenFileHandler', () => {
  it('opens a single file with a Chinese dialog and returns its name and bytes', async () => {
    const ports = fakePorts(['C:\\数据\\2025年指标.xlsx']);
    const opened = await createOpenFileHandler(ports)({ filters: excel }, 'w');
    expect(ports.showOpenDialog).toHaveBeenCalledWith('w', {
      title: '打开文件',
      buttonLabel: '打开',
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      properties: ['openFile'],
    });
    expect(opened?.name).toBe('2025年指标.xlsx');
    expect(opened?.bytes.byteLength).toBe(10);
  });

  it('uses the requested title and POSIX paths', async () => {
    const ports = fakePorts(['/home/统计员/指标.xlsx']);
    const opened = await createOpenFileHandler(ports)({ title: '导入指标表', filters: excel }, 'w');
    expect(ports.showOpenDialog.mock.calls[0]).toEqual([
      'w',
      expect.objectContaining({ title: '导入指标表' }),
    ]);
    expect(opened?.name).toBe('指标.xlsx');
  });

  it('resolves to null when the user cancels', async () => {
    expect(await createOpenFileHandler(fakePorts([], 1, true))({ filters: [] }, 'w')).toBeNull();
    expect(await createOpenFileHandler(fakePorts([]))({ filters: [] }, 'w')).toBeNull();
  });

  it('refuses a file over the cap before reading it, with a Chinese message', async () => {
    const ports = fakePorts(['D:\\大文件.xlsx'], 250 * MB);
    const opening = createOpenFileHandler(ports)({ filters: excel }, 'w');
    await expect(opening).rejects.toBeInstanceOf(HandlerError);
    await expect(opening).rejects.toMatchObject({
      code: 'file-too-large',
      message: '文件「大文件.xlsx」大小为 250.0 MB，超过了 200.0 MB 的上限，无法打开。',
    });
    expect(ports.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the cap between stat and read', async () => {
    const ports = { ...fakePorts(['/a.xlsx'], 10), maxBytes: 100 };
    ports.readFile.mockResolvedValueOnce(new Uint8Array(101));
    await expect(createOpenFileHandler(ports)({ filters: [] }, 'w')).rejects.toMatchObject({
      code: 'file-too-large',
    });
  });
});
