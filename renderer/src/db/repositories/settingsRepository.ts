import type { WorkbenchDb } from '../db';

const USER_NAME_KEY = 'userName';

/** The name recorded in the change log; empty until the user gives one. */
export async function getUserName(db: WorkbenchDb): Promise<string> {
  const row = await db.settings.get(USER_NAME_KEY);
  return typeof row?.value === 'string' ? row.value : '';
}

/** Stores the user's name for the change log. */
export async function setUserName(db: WorkbenchDb, name: string): Promise<void> {
  await db.settings.put({ key: USER_NAME_KEY, value: name.trim() });
}
