/**
 * Backs up on quit (issue 5): the data lives in the renderer's IndexedDB, so when the window is
 * about to close main asks the renderer to write an automatic backup and closes once it answers —
 * or after a bounded wait, so a hung page can never keep the app from quitting.
 */
import type { BrowserWindow, WebContents } from 'electron';
import { IPC_CHANNELS } from '../../shared/platform/ipcChannels';

/** How long the window waits for the renderer's backup before closing anyway. */
export const QUIT_BACKUP_TIMEOUT_MS = 15_000;

/** Lets the quit-ready handler tell the window the renderer has finished. */
export type QuitBackupControl = {
  /** The renderer of `sender` has settled its before-quit work. */
  readonly ready: (sender: WebContents) => void;
};

/** Holds the window's first close until the renderer has backed up (or the wait is over). */
export function installQuitBackup(
  window: BrowserWindow,
  timeoutMs = QUIT_BACKUP_TIMEOUT_MS,
): QuitBackupControl {
  let phase: 'open' | 'waiting' | 'closing' = 'open';
  let timer: ReturnType<typeof setTimeout> | null = null;
  const closeNow = (): void => {
    if (phase === 'closing') return;
    phase = 'closing';
    if (timer) clearTimeout(timer);
    if (!window.isDestroyed()) window.close();
  };
  window.on('close', (event: { preventDefault: () => void }) => {
    if (phase === 'closing') return;
    event.preventDefault();
    if (phase === 'waiting') return;
    phase = 'waiting';
    window.webContents.send(IPC_CHANNELS.beforeQuit);
    timer = setTimeout(closeNow, timeoutMs);
  });
  return {
    ready: (sender) => {
      if (phase === 'waiting' && sender === window.webContents) closeNow();
    },
  };
}
