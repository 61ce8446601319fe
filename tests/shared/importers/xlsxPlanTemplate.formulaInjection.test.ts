import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/domain/indicator';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { importPlanTemplate } from '../../../shared/importers/xlsxPlanTemplate';
import { exportPlanTemplate } from '../../../shared/importers/xlsxPlanTemplateExport';
import { startsLikeFormula } from '../../../shared/lib/neutralizeFormula';
import { readPackageCells } from '../../helpers/xlsxPackageCells';

const jdz = JSON.parse(
  readFileSync(join(__dirname, '../../../seeds/generated/seed-jdz-14.json'), 'utf8'),
) as PlanBundle;

const HYPERLINK = '=HYPERLINK("http://example.com/x","点击查看")';
const DDE = "+cmd|' /C calc'!A0";

/** jdz-14 with hostile texts in every free-text field, and a negative value. */
function hostileBundle(): PlanBundle {
  const [first, second, ...rest] = jdz.indicators as [Indicator, Indicator, ...Indicator[]];
  return {
    ...jdz,
    plan: { ...jdz.plan, notes: [...jdz.plan.notes, '-2+3 为测试注释', '@SUM(A1:A9)'] },
    indicators: [
      { ...first, remarks: HYPERLINK, departments: ['@市统计局', '-市发改委'] },
      { ...second, remarks: DDE, departments: ['=1+1市财政局'] },
      ...rest,
    ],
    actualValues: [
      {
        indicatorId: first.id,
        year: 2021,
        measure: 'value',
        value: 1102.3,
        status: '年报数',
        source: '=1+1',
        note: '@备注',
      },
      {
        indicatorId: second.id,
        year: 2022,
        measure: 'value',
        value: -3.2,
        status: '快报数',
        source: '-统计公报',
        note: '',
      },
    ],
  };
}

const bundle = hostileBundle();
const bytes = await exportPlanTemplate(bundle);
const cells = readPackageCells(bytes);

describe('exportPlanTemplate against formula injection', () => {
  it('writes no formula at all', () => {
    expect(cells.length).toBeGreaterThan(300);
    expect(cells.filter((cell) => cell.formula !== null)).toEqual([]);
  });

  it('writes every formula-like text as a plain string cell, without an apostrophe', () => {
    // Number cells (no type) hold numbers such as -3.2: not texts, and never neutralised.
    const formulaLike = cells.filter((cell) => cell.type !== '' && startsLikeFormula(cell.text));
    // exceljs writes every text as a shared string (t="s"), never as a formula.
    expect(new Set(formulaLike.map((cell) => cell.type))).toEqual(new Set(['s']));
    expect(formulaLike.map((cell) => cell.text)).toEqual(
      expect.arrayContaining([
        HYPERLINK,
        DDE,
        '@市统计局、-市发改委',
        '=1+1市财政局',
        '=1+1',
        '@备注',
        '-统计公报',
        '--',
      ]),
    );
    expect(cells.filter((cell) => cell.text.startsWith("'"))).toEqual([]);
  });

  it('keeps a negative value a number cell', () => {
    expect(cells.filter((cell) => cell.text === '-3.2').map((cell) => cell.type)).toEqual(['']);
  });

  it('is imported back to the same texts and numbers', () => {
    const result = importPlanTemplate(bytes, 'hostile.xlsx', { planId: bundle.plan.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toStrictEqual({
      ...bundle,
      plan: { ...bundle.plan, origin: { type: 'file', fileName: 'hostile.xlsx' } },
    });
  });
});
