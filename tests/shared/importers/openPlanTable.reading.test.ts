/**
 * Issue 11 item 5: a plan opened from a Word, web or Excel file reaches the review screen with
 * its column mapping, as a pasted table does — also when the documents' layout reader read it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { openPlanTable } from '../../../shared/importers/openPlanDocument';
import { DOCUMENT_VARIANT, planTableModel } from '../../../scripts/fixtures/planTableModel';
import { renderLayout } from '../../helpers/planLayouts';

const seed = JSON.parse(
  readFileSync(join(__dirname, '../../../seeds/generated/seed-jdz-14.json'), 'utf8'),
) as PlanBundle;

describe('a plan opened from a file comes with its column reading', () => {
  for (const layout of ['docx', 'html', 'xlsx'] as const) {
    it(`reads the columns of the documents' layout from ${layout}`, async () => {
      const file = renderLayout(planTableModel(seed, DOCUMENT_VARIANT), layout);
      const result = await openPlanTable(file.bytes, file.fileName, { planId: 'p', table: 'main' });
      if (!result.ok) throw new Error(result.error.message);
      const { bundle, reading } = result.value;
      expect(reading?.columns.map((column) => column.role)).toEqual([
        'category',
        'name',
        'base',
        'target',
        'growth',
        'attribute',
      ]);
      expect(reading?.bundle).toBe(bundle);
      expect(bundle.indicators.map((item) => item.name)).toEqual(
        seed.indicators.map((item) => item.name),
      );
      expect(reading?.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    });
  }
});
