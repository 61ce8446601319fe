import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asPlanId } from '../../../../shared/domain/ids';
import type { WorkbenchDb } from '../../../../renderer/src/db/db';
import {
  addPlanBundle,
  deletePlan,
} from '../../../../renderer/src/db/repositories/plansRepository';
import {
  discardReportSection,
  listReportSections,
  saveReportSection,
} from '../../../../renderer/src/db/repositories/reportSectionsRepository';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';
import { makeTestDb, makeWriteContext } from '../../../helpers/testDb';

const PLAN = asPlanId('test-jdz');
const KEY = { planId: PLAN, year: 2023, mode: 'midterm' } as const;
const EDIT = {
  ...KEY,
  sectionId: 'overall',
  text: '总体看，规划纲要实施进展符合预期。',
  generatedText: '4项主要指标中，1项快于预期。',
  editedAt: '2026-11-22T10:00:00.000Z',
  editedBy: '王芳',
};

describe('reportSectionsRepository', () => {
  let db: WorkbenchDb;
  beforeEach(async () => {
    db = makeTestDb();
    await addPlanBundle(db, makeJdzPlanBundle(PLAN), makeWriteContext());
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('keeps edits per plan, year and mode', async () => {
    await saveReportSection(db, EDIT);
    await saveReportSection(db, { ...EDIT, year: 2024, text: '2024年稿' });
    expect([...(await listReportSections(db, KEY))]).toEqual([['overall', EDIT]]);
    expect((await listReportSections(db, { ...KEY, mode: 'final' })).size).toBe(0);
  });

  it('discards one edit, and all of them with the plan', async () => {
    await saveReportSection(db, EDIT);
    await saveReportSection(db, { ...EDIT, sectionId: 'problems' });
    await discardReportSection(db, KEY, 'overall');
    expect([...(await listReportSections(db, KEY)).keys()]).toEqual(['problems']);
    await deletePlan(db, PLAN, makeWriteContext());
    expect(await db.reportSections.count()).toBe(0);
  });
});
