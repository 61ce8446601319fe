/**
 * One running copy only: a second launch focuses the existing window instead of opening a
 * second database connection to the same IndexedDB.
 */
import type { App, BrowserWindow } from 'electron';

/**
 * Claims the single-instance lock. Returns false (and quits) when another copy holds it;
 * otherwise focuses `getWindow()` whenever a second copy starts.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  getWindow: () => BrowserWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
