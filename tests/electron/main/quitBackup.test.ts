import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from '../fakeElectron';
import { installQuitBackup } from '../../../electron/main/quitBackup';
import { IPC_CHANNELS } from '../../../shared/platform/ipcChannels';
import type { BrowserWindow, WebContents } from 'electron';

vi.mock('electron', () => import('../fakeElectron').then((module) => module.electronModule));

function setUp() {
  const window = new FakeBrowserWindow({});
  const control = installQuitBackup(window as unknown as BrowserWindow, 15_000);
  const close = () => {
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    return event;
  };
  const sender = window.webContents as unknown as WebContents;
  return { window, control, close, sender };
}

describe('installQuitBackup', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the first close, asks the renderer to back up, and closes once it is ready', () => {
    const { window, control, close, sender } = setUp();
    expect(close().preventDefault).toHaveBeenCalledOnce();
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.beforeQuit);
    expect(window.close).not.toHaveBeenCalled();
    control.ready(sender);
    expect(window.close).toHaveBeenCalledOnce();
    // The close that follows goes through.
    expect(close().preventDefault).not.toHaveBeenCalled();
  });

  it('asks only once when the user clicks close again while waiting', () => {
    const { window, close } = setUp();
    close();
    expect(close().preventDefault).toHaveBeenCalledOnce();
    expect(window.webContents.send).toHaveBeenCalledOnce();
  });

  it('closes anyway after 15 s when the renderer never answers', () => {
    const { window, close } = setUp();
    close();
    vi.advanceTimersByTime(14_999);
    expect(window.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(window.close).toHaveBeenCalledOnce();
  });

  it('ignores a ready signal from another webContents or before any close', () => {
    const { window, control, close, sender } = setUp();
    control.ready(sender);
    expect(window.close).not.toHaveBeenCalled();
    close();
    control.ready({ id: 99 } as unknown as WebContents);
    expect(window.close).not.toHaveBeenCalled();
  });
});
