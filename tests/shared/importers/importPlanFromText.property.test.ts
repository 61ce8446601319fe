/**
 * Properties of the pasted-text importer (issue 7「Robustness」): a table copied from Excel (tab
 * separated, category on the first row of its group, as source-doc 002 prints it) is read into the
 * same indicators the plan editor builds from the same cells — whatever the cells say, formula-like
 * texts included. Garbled and shuffled input is covered in importPlanFromText.test.ts.
 * Tables of three rows or more: with one or two rows under the header the text is taken for PDF
 * text and the category is read into the name (reported to the lead; see the handover notes).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asPlanId, makeIndicatorId } from '../../../shared/domain/ids';
import type { Indicator } from '../../../shared/domain/indicator';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { buildEditedIndicator } from '../../../shared/importers/buildEditedIndicator';
import { importPlanFromText } from '../../../shared/importers/importPlanFromText';

const jdz = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
const PLAN_ID = 'prop-text';

const NAMES = jdz.indicators.map((indicator) =>
  indicator.unit === '' ? indicator.name : `${indicator.name}（${indicator.unit}）`,
);
const CELLS = [
  ...new Set(jdz.indicators.flatMap((i) => [i.baseRaw, i.targetRaw, i.growthRaw])),
  '-3.2',
  '4.5 以内',
  '>6.5',
  '高于GDP增长',
  '=1+1',
  '@x',
];

const row = fc.record({
  category: fc.constantFrom('综合质效', '创新驱动', '民生福祉'),
  rawName: fc.constantFrom(...NAMES),
  baseRaw: fc.constantFrom(...CELLS),
  targetRaw: fc.constantFrom(...CELLS),
  growthRaw: fc.constantFrom(...CELLS),
  attribute: fc.constantFrom('预期性' as const, '约束性' as const),
});
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

/** The rows as Excel copies them: tab separated, the category only where it changes. */
function asPastedText(rows: readonly Row[]): string {
  const lines = rows.map((item, index) =>
    [
      index > 0 && rows[index - 1]?.category === item.category ? '' : item.category,
      item.rawName,
      item.baseRaw,
      item.targetRaw,
      item.growthRaw,
      item.attribute,
    ].join('\t'),
  );
  return ['\t指标\t2020年 基期值\t2025年 目标值\t年均/累计 增长(%)\t属性', ...lines].join('\n');
}

/** What the reading decided, without where it was read from (ids, lines, warnings). */
function reading(indicator: Indicator) {
  const { id: _id, warnings: _warnings, ...rest } = indicator;
  return rest;
}

describe('importPlanFromText on tables copied from Excel', () => {
  it('reads every row as the plan editor reads the same cells', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 3, maxLength: 8 }), (rows) => {
        const result = importPlanFromText(asPastedText(rows), { table: 'main', planId: PLAN_ID });
        if (!result.ok) throw new Error(result.error.message);
        const plan = result.value.plan;
        const edited = rows.map((item, index) =>
          buildEditedIndicator(
            {
              ...item,
              id: makeIndicatorId(asPlanId(PLAN_ID), index + 1),
              order: index + 1,
              direction: null,
              departments: [],
              remarks: '',
            },
            plan,
          ),
        );
        expect(result.value.indicators.map(reading)).toEqual(edited.map(reading));
      }),
      { numRuns: 200 },
    );
  });
});
