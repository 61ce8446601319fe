import { mkdtemp, readFile as readActual, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, electronModule } from '../../fakeElectron';
import { createElectronPorts } from '../../../../electron/main/ipc/electronPorts';

vi.mock('electron', () => import('../../fakeElectron').then((module) => module.electronModule));

let folder = '';
const sender = { printToPDF: vi.fn(async () => new Uint8Array([37])) };
const ports = createElectronPorts('/home/统计员/文档');
const saveRequest = { title: '保存文件', buttonLabel: '保存', defaultPath: 'a.docx', filters: [] };

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'workbench-ports-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('createElectronPorts', () => {
  it('attaches dialogs to the sender’s window when it has one', async () => {
    const owner = new FakeBrowserWindow({});
    FakeBrowserWindow.fromWebContents.mockReturnValueOnce(owner);
    await ports.showSaveDialog(sender as unknown as WebContents, saveRequest);
    expect(electronModule.dialog.showSaveDialog).toHaveBeenLastCalledWith(owner, saveRequest);
    await ports.showSaveDialog(sender as unknown as WebContents, saveRequest);
    expect(electronModule.dialog.showSaveDialog).toHaveBeenLastCalledWith(saveRequest);
  });

  it('writes, sizes and reads real files', async () => {
    const filePath = path.join(folder, '报告.docx');
    await ports.writeFile(filePath, new Uint8Array([1, 2, 3]));
    expect(await ports.fileSize(filePath)).toBe(3);
    expect([...(await ports.readFile(filePath))]).toEqual([1, 2, 3]);
    expect([...(await readActual(filePath))]).toEqual([1, 2, 3]);
  });

  it('refuses to size a folder, and lets missing files fail with ENOENT', async () => {
    await expect(ports.fileSize(folder)).rejects.toMatchObject({ code: 'io-error' });
    await expect(ports.fileSize(path.join(folder, 'missing'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('prints the sender’s page with the given options', async () => {
    await ports.printToPdf(sender as unknown as WebContents, {
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    expect(sender.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    expect(ports.defaultDirectory).toBe('/home/统计员/文档');
  });
});
