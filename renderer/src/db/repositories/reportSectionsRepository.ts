import type { PlanId } from '../../../../shared/domain/ids';
import type { EvaluationMode } from '../../../../shared/domain/verdict';
import type { WorkbenchDb } from '../db';
import type { ReportSectionRow } from '../rows';

/** Which report: one plan, one evaluation year, one mode. */
export type ReportKey = {
  readonly planId: PlanId;
  readonly year: number;
  readonly mode: EvaluationMode;
};

/** The evaluator's edited sections of one report, by section id. */
export async function listReportSections(
  db: WorkbenchDb,
  key: ReportKey,
): Promise<Map<string, ReportSectionRow>> {
  const rows = await db.reportSections.where('planId').equals(key.planId).toArray();
  const sections = new Map<string, ReportSectionRow>();
  for (const row of rows) {
    if (row.year === key.year && row.mode === key.mode) sections.set(row.sectionId, row);
  }
  return sections;
}

/** Saves the evaluator's text of one section (issue 6: edits are kept in Dexie). */
export async function saveReportSection(db: WorkbenchDb, row: ReportSectionRow): Promise<void> {
  await db.reportSections.put(row);
}

/** Drops the edit of one section, so the generated text is used again. */
export async function discardReportSection(
  db: WorkbenchDb,
  key: ReportKey,
  sectionId: string,
): Promise<void> {
  await db.reportSections.delete([key.planId, key.year, key.mode, sectionId]);
}
