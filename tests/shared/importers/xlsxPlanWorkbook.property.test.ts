/**
 * Properties of importing a plan table from someone's own workbook (issue 7「Robustness」): a
 * document-style table (title row, header, category on the first row of its group, numbers typed
 * as numbers or as text) is read into the same indicators the plan editor builds from the same
 * cells. Random bytes and random small workbooks are covered in xlsxPlanWorkbook.test.ts.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { asPlanId, makeIndicatorId } from '../../../shared/domain/ids';
import type { Indicator } from '../../../shared/domain/indicator';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { buildEditedIndicator } from '../../../shared/importers/buildEditedIndicator';
import { importPlanFromWorkbook } from '../../../shared/importers/xlsxPlanWorkbook';

const jdz = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
const PLAN_ID = 'prop-book';
const HEADER = ['类别', '指标', '2020年基期值', '2025年目标值', '年均/累计增长(%)', '属性'];

const NAMES = jdz.indicators.map((indicator) =>
  indicator.unit === '' ? indicator.name : `${indicator.name}（${indicator.unit}）`,
);
const CELLS = [
  ...new Set(jdz.indicators.flatMap((i) => [i.baseRaw, i.targetRaw, i.growthRaw])),
  '-3.2',
  '4.5 以内',
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
  // Whether plain numbers were typed as numbers (Excel's default) or kept as text.
  numbersAsNumbers: fc.boolean(),
});
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

/** A value cell as a person's workbook holds it. */
function valueCell(text: string, asNumber: boolean): string | number {
  return asNumber && /^-?\d+(\.\d+)?$/.test(text) && String(Number(text)) === text
    ? Number(text)
    : text;
}

function workbookOf(rows: readonly Row[]): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['景德镇市“十四五”时期经济社会发展主要指标'],
    HEADER,
    ...rows.map((item, index) => [
      index > 0 && rows[index - 1]?.category === item.category ? '' : item.category,
      item.rawName,
      ...[item.baseRaw, item.targetRaw, item.growthRaw].map((text) =>
        valueCell(text, item.numbersAsNumbers),
      ),
      item.attribute,
    ]),
  ]);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '主要指标');
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** What the reading decided, without where it was read from (ids, lines, warnings). */
function reading(indicator: Indicator) {
  const { id: _id, warnings: _warnings, ...rest } = indicator;
  return rest;
}

describe('importPlanFromWorkbook on document-style tables', () => {
  it('reads every row as the plan editor reads the same cells', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const result = importPlanFromWorkbook(workbookOf(rows), '规划.xlsx', { planId: PLAN_ID });
        if (!result.ok) throw new Error(result.error.message);
        const edited = rows.map(({ numbersAsNumbers: _n, ...item }, index) =>
          buildEditedIndicator(
            {
              ...item,
              id: makeIndicatorId(asPlanId(PLAN_ID), index + 1),
              order: index + 1,
              direction: null,
              departments: [],
              remarks: '',
            },
            result.value.plan,
          ),
        );
        expect(result.value.indicators.map(reading)).toEqual(edited.map(reading));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
