import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../../electron/main/singleInstance';

function fakeApp(hasLock: boolean) {
  const listeners = new Map<string, () => void>();
  return {
    requestSingleInstanceLock: vi.fn(() => hasLock),
    quit: vi.fn(),
    on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
    fire: (event: string) => listeners.get(event)?.(),
  };
}

function fakeWindow(minimized: boolean) {
  return {
    isDestroyed: () => false,
    isMinimized: () => minimized,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('claimSingleInstance', () => {
  it('quits and returns false when another copy is running', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as never, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('restores and focuses the existing window when a second copy starts', () => {
    const app = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app as never, () => window as unknown as BrowserWindow)).toBe(true);
    app.fire('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('ignores a second copy before the window exists', () => {
    const app = fakeApp(true);
    claimSingleInstance(app as never, () => null);
    expect(() => app.fire('second-instance')).not.toThrow();
  });
});
