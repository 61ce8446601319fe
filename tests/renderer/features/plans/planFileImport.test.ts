import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../../shared/domain/planBundle';
import { importPastedTable } from '../../../../renderer/src/features/plans/planFileImport';
import { renderPlanTableHtml } from '../../../../scripts/fixtures/planTableHtml';
import { planTableModel } from '../../../../scripts/fixtures/planTableModel';

const ROOT = join(__dirname, '../../../..');
const seed = (key: string) =>
  JSON.parse(readFileSync(join(ROOT, 'seeds/generated', `seed-${key}.json`), 'utf8')) as PlanBundle;

describe('importPastedTable', () => {
  it('reads the clipboard’s HTML table with its merged categories as a pasted plan', () => {
    const bundle = seed('cj-14');
    const result = importPastedTable(renderPlanTableHtml(planTableModel(bundle)), 'main');
    if (!result?.ok) throw new Error(result ? result.error.message : 'null');
    expect(result.value.bundle.plan.origin).toStrictEqual({ type: 'pasted' });
    expect(
      result.value.bundle.indicators.map((i) => [i.category, i.name, i.unit, i.targetRaw]),
    ).toStrictEqual(bundle.indicators.map((i) => [i.category, i.name, i.unit, i.targetRaw]));
  });

  it('leaves HTML without a table to the plain text', () => {
    expect(importPastedTable('<p>地区生产总值 957.14</p>', 'main')).toBeNull();
  });

  it('says what is wrong with a table that is not an indicator table', () => {
    const result = importPastedTable('<table><tr><td>姓名</td><td>电话</td></tr></table>', 'main');
    expect(result?.ok).toBe(false);
  });
});
