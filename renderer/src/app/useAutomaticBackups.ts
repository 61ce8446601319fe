import { useEffect } from 'react';
import { writeAutomaticBackup, writeDailyBackupIfDue } from '../db/automaticBackups';
import { getDb } from '../db/db';
import { getWorkbench } from '../platform/workbench';

/** How often the app checks whether the daily backup is due (it may run for days). */
const DAILY_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Automatic backups while the app runs (issue 5): daily (checked at start and hourly) and on quit
 * (Electron asks before closing the window). Failures are logged, never shown as errors: the
 * backup is a safety net, and the user's work goes on.
 */
export function useAutomaticBackups(): void {
  useEffect(() => {
    const workbench = getWorkbench();
    const daily = () => {
      writeDailyBackupIfDue(getDb(), workbench).catch((error: unknown) => {
        console.warn('[自动备份] 每日备份未完成', error);
      });
    };
    daily();
    const timer = window.setInterval(daily, DAILY_CHECK_INTERVAL_MS);
    const unsubscribe = workbench.onBeforeQuit(async () => {
      await writeAutomaticBackup(getDb(), workbench, 'quit');
    });
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, []);
}
