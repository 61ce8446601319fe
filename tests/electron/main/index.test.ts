/** The bootstrap's order of operations, with every Electron API faked. */
import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, electronModule, fakeApp, fakeIpc } from '../fakeElectron';
import { IPC_CHANNELS } from '../../../shared/platform/ipcChannels';

vi.mock('electron', () => import('../fakeElectron').then((module) => module.electronModule));

const { app, protocol, session } = electronModule;

describe('electron/main/index.ts', () => {
  it('registers the app scheme before ready, then wires everything once ready', async () => {
    await import('../../../electron/main/index');

    // Before `ready`: only the scheme, the lock and the app-level listeners.
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect([...fakeApp.listeners.keys()].sort()).toEqual(
      ['second-instance', 'web-contents-created', 'window-all-closed'].sort(),
    );
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);

    fakeApp.ready.resolve();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));

    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(electronModule.Menu.setApplicationMenu).toHaveBeenCalled();
    expect([...fakeIpc.mainHandlers.keys()]).toHaveLength(Object.values(IPC_CHANNELS).length - 2);
    const window = FakeBrowserWindow.instances[0];
    expect(window?.loadURL).toHaveBeenCalledWith('app://workbench/index.html');
    expect(window?.options).toMatchObject({
      webPreferences: {
        preload: '/opt/规划评估工作台/resources/app.asar/out/electron/preload.cjs',
        devTools: false,
      },
    });
  });

  it('guards every webContents created later', () => {
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    fakeApp.listeners.get('web-contents-created')?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual([
      'will-navigate',
      'will-redirect',
      'will-attach-webview',
    ]);
  });

  it('quits when the last window closes', () => {
    fakeApp.listeners.get('window-all-closed')?.();
    expect(app.quit).toHaveBeenCalled();
  });
});
