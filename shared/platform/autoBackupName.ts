/**
 * Names of automatic backup files, shared by Electron main (files in the user-data folder) and the
 * browser host (rows in browser storage): the name carries the time and the reason, sorts by time,
 * and is the only thing the renderer may ask to read back — so it is parsed strictly.
 */
import type { AutoBackupReason } from './workbenchApi';

/** How many automatic backups are kept (issue 5「keeping the last 10」). */
export const AUTO_BACKUP_KEEP = 10;

const REASONS: readonly AutoBackupReason[] = ['quit', 'daily', 'migration'];

// auto-20261122T093005123Z-quit.json: UTC time to the millisecond, so names sort by time.
const NAME_PATTERN = /^auto-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z]+)\.json$/;

/** The file name of an automatic backup written at `now` for `reason`. */
export function formatAutoBackupName(now: Date, reason: AutoBackupReason): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  return `auto-${stamp}-${reason}.json`;
}

/** Time and reason of an automatic backup's file name, or null for any other name. */
export function parseAutoBackupName(
  name: unknown,
): { readonly createdAt: string; readonly reason: AutoBackupReason } | null {
  if (typeof name !== 'string') return null;
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, ms, reason] = match;
  if (!(REASONS as readonly string[]).includes(reason ?? '')) return null;
  const createdAt = `${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`;
  const time = new Date(createdAt);
  if (Number.isNaN(time.getTime()) || time.toISOString() !== createdAt) return null;
  return { createdAt, reason: reason as AutoBackupReason };
}

/** Automatic backup names beyond the newest `keep`, oldest first: the ones to delete. */
export function autoBackupsToPrune(names: readonly string[], keep = AUTO_BACKUP_KEEP): string[] {
  const ours = names.filter((name) => parseAutoBackupName(name) !== null).sort();
  return ours.slice(0, Math.max(0, ours.length - keep));
}

/**
 * Whether a daily backup is due: none yet, or the newest is from another local calendar day and
 * at least an hour old (so restarting around midnight does not write two in a row).
 */
export function isDailyBackupDue(newestCreatedAt: string | null, now: Date): boolean {
  if (newestCreatedAt === null) return true;
  const newest = new Date(newestCreatedAt);
  if (Number.isNaN(newest.getTime())) return true;
  const sameDay =
    newest.getFullYear() === now.getFullYear() &&
    newest.getMonth() === now.getMonth() &&
    newest.getDate() === now.getDate();
  return !sameDay && now.getTime() - newest.getTime() >= 60 * 60 * 1000;
}
