import type { WorkbenchDb } from '../db';

const USER_NAME_KEY = 'userName';
const CURRENT_PLAN_KEY = 'currentPlanId';

/** Meta key of the time (ISO) of the last backup exported from this installation. */
export const LAST_BACKUP_AT_KEY = 'lastBackupAt';

/** The name recorded in the change log; empty until the user gives one. */
export async function getUserName(db: WorkbenchDb): Promise<string> {
  const row = await db.settings.get(USER_NAME_KEY);
  return typeof row?.value === 'string' ? row.value : '';
}

/** Stores the user's name for the change log. */
export async function setUserName(db: WorkbenchDb, name: string): Promise<void> {
  await db.settings.put({ key: USER_NAME_KEY, value: name.trim() });
}

/** When a backup was last exported (ISO time), or null if never. */
export async function getLastBackupAt(db: WorkbenchDb): Promise<string | null> {
  const row = await db.meta.get(LAST_BACKUP_AT_KEY);
  return typeof row?.value === 'string' ? row.value : null;
}

/** Records that a backup was exported at `at`. */
export async function setLastBackupAt(db: WorkbenchDb, at: Date): Promise<void> {
  await db.meta.put({ key: LAST_BACKUP_AT_KEY, value: at.toISOString() });
}

/** The plan that was current when the app was last used (issue 11 item 6), or null. */
export async function getCurrentPlanId(db: WorkbenchDb): Promise<string | null> {
  const row = await db.settings.get(CURRENT_PLAN_KEY);
  return typeof row?.value === 'string' && row.value ? row.value : null;
}

/** Remembers the current plan for the next start. */
export async function setCurrentPlanId(db: WorkbenchDb, planId: string): Promise<void> {
  await db.settings.put({ key: CURRENT_PLAN_KEY, value: planId });
}

/** Meta key set once the user has closed the first-run hint of the plan list. */
const FIRST_RUN_HINT_KEY = 'firstRunHintClosed';

/** True once the user closed the first-run hint (issue 15 item 11). */
export async function isFirstRunHintClosed(db: WorkbenchDb): Promise<boolean> {
  return (await db.meta.get(FIRST_RUN_HINT_KEY))?.value === true;
}

/** Remembers that the first-run hint was closed. */
export async function closeFirstRunHint(db: WorkbenchDb): Promise<void> {
  await db.meta.put({ key: FIRST_RUN_HINT_KEY, value: true });
}
