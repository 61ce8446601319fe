import type { FollowUp } from '../../../../shared/domain/followUp';
import type { WorkbenchDb } from '../db';

/** The 整改任务分工表 of one scope (plan or stand-alone list) and year, in table order. */
export async function listFollowUps(
  db: WorkbenchDb,
  scopeId: string,
  year: number,
): Promise<FollowUp[]> {
  const rows = await db.followUps.where('scopeId').equals(scopeId).toArray();
  return rows.filter((row) => row.year === year).sort((a, b) => a.order - b.order);
}

/**
 * Stores the table of one scope and year as the user left it (issue 13「Follow-up list」): rows
 * added, edited, reordered or deleted, in one rw transaction, so a failure keeps the table as it
 * was. Orders are renumbered 1, 2, … in the given order.
 */
export async function replaceFollowUps(
  db: WorkbenchDb,
  scopeId: string,
  year: number,
  rows: readonly FollowUp[],
): Promise<void> {
  const numbered = rows.map((row, index) => ({ ...row, scopeId, year, order: index + 1 }));
  await db.transaction('rw', db.followUps, async () => {
    const old = await db.followUps.where('scopeId').equals(scopeId).toArray();
    await db.followUps.bulkDelete(old.filter((row) => row.year === year).map((row) => row.id));
    await db.followUps.bulkPut(numbered);
  });
}
