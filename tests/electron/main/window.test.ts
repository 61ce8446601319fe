import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, fakeScreen } from '../fakeElectron';
import { createMainWindow } from '../../../electron/main/window';

vi.mock('electron', () => import('../fakeElectron').then((module) => module.electronModule));

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances.length = 0;
    fakeScreen.workAreaSize = { width: 1920, height: 1040 };
  });

  it('sets exactly the secure webPreferences, explicitly', () => {
    createMainWindow(
      { preloadPath: '/app/out/electron/preload.cjs', isPackaged: true },
      'app://workbench/index.html',
    );
    const options = FakeBrowserWindow.instances[0]?.options as BrowserWindowConstructorOptions;
    expect(options.webPreferences).toEqual({
      preload: '/app/out/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('is at least 1280×800, has a minimum width near 1100, the Chinese title, and starts hidden', () => {
    createMainWindow({ preloadPath: '/p.cjs', isPackaged: false }, 'app://workbench/index.html');
    const options = FakeBrowserWindow.instances[0]?.options as BrowserWindowConstructorOptions;
    expect(options.title).toBe('规划评估工作台');
    expect(options.width).toBeGreaterThanOrEqual(1280);
    expect(options.height).toBeGreaterThanOrEqual(800);
    expect(options.minWidth).toBe(1100);
    expect(options.show).toBe(false);
    expect(options.webPreferences?.devTools).toBe(true);
  });

  it('loads the start URL and shows the window only when ready', () => {
    createMainWindow({ preloadPath: '/p.cjs', isPackaged: true }, 'app://workbench/index.html');
    const window = FakeBrowserWindow.instances[0];
    expect(window?.loadURL).toHaveBeenCalledWith('app://workbench/index.html');
    expect(window?.show).not.toHaveBeenCalled();
    window?.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalled();
    expect(window?.maximize).not.toHaveBeenCalled();
  });

  it('maximizes on screens smaller than the default size (1366×768 laptops)', () => {
    fakeScreen.workAreaSize = { width: 1366, height: 728 };
    createMainWindow({ preloadPath: '/p.cjs', isPackaged: true }, 'app://workbench/index.html');
    FakeBrowserWindow.instances[0]?.emit('ready-to-show');
    expect(FakeBrowserWindow.instances[0]?.maximize).toHaveBeenCalled();
  });

  it('keeps its own title when the page changes <title>', () => {
    createMainWindow({ preloadPath: '/p.cjs', isPackaged: true }, 'app://workbench/index.html');
    const preventDefault = vi.fn();
    FakeBrowserWindow.instances[0]?.emit('page-title-updated', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});
