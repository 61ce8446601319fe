import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronModule, fakeIpc } from '../fakeElectron';
import { IPC_CHANNELS } from '../../../shared/platform/ipcChannels';
import type { WorkbenchApi } from '../../../shared/platform/workbenchApi';

vi.mock('electron', () => import('../fakeElectron').then((module) => module.electronModule));

const invoke = electronModule.ipcRenderer.invoke;

function api(): WorkbenchApi {
  return fakeIpc.exposed.get('workbench') as WorkbenchApi;
}

beforeAll(async () => {
  await import('../../../electron/preload/index');
});

beforeEach(() => {
  invoke.mockReset();
});

describe('preload', () => {
  it('exposes exactly the WorkbenchApi methods under window.workbench, and nothing generic', () => {
    expect(electronModule.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect([...fakeIpc.exposed.keys()]).toEqual(['workbench']);
    expect(Object.keys(api()).sort()).toEqual(
      [
        'getAppInfo',
        'onMenuCommand',
        'openFile',
        'printToPdf',
        'saveFile',
        'writeAutoBackup',
        'listAutoBackups',
        'readAutoBackup',
        'onBeforeQuit',
      ].sort(),
    );
    for (const value of Object.values(api())) expect(typeof value).toBe('function');
  });

  it('invokes one channel per method with the request as the only argument', async () => {
    invoke.mockResolvedValue({ ok: true, value: null });
    const request = { filters: [] };
    await api().getAppInfo();
    await api().openFile(request);
    expect(invoke.mock.calls).toEqual([
      [IPC_CHANNELS.getAppInfo],
      [IPC_CHANNELS.openFile, request],
    ]);
  });

  it('unwraps successful results', async () => {
    invoke.mockResolvedValue({ ok: true, value: { status: 'cancelled' } });
    expect(
      await api().saveFile({ suggestedName: 'a', bytes: new Uint8Array(), filters: [] }),
    ).toEqual({ status: 'cancelled' });
  });

  it('throws an Error carrying the Chinese message of a failure', async () => {
    invoke.mockResolvedValue({
      ok: false,
      code: 'file-too-large',
      message: '文件过大，无法打开。',
    });
    const opening = api().openFile({ filters: [] });
    await expect(opening).rejects.toBeInstanceOf(Error);
    await expect(opening).rejects.toThrow('文件过大，无法打开。');
  });

  it('throws in Chinese when main answers with something that is not a result', async () => {
    for (const answer of [undefined, 'ok', { ok: 'yes' }, { ok: false }]) {
      invoke.mockResolvedValueOnce(answer);
      await expect(api().printToPdf({ suggestedName: 'a.pdf' })).rejects.toThrow(
        '与主进程通信失败',
      );
    }
  });

  it('subscribes to menu commands, strips the event and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api().onMenuCommand(listener);
    fakeIpc.emitToRenderer(IPC_CHANNELS.menuCommand, 'print');
    expect(listener).toHaveBeenCalledExactlyOnceWith('print');
    unsubscribe();
    fakeIpc.emitToRenderer(IPC_CHANNELS.menuCommand, 'about');
    expect(listener).toHaveBeenCalledOnce();
    expect(electronModule.ipcRenderer.removeListener).toHaveBeenCalled();
  });
});
