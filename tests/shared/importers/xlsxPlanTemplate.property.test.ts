/**
 * Properties of our plan template (issue 7「Robustness」): any plan we can hold survives export and
 * import unchanged, including texts that begin like formulas (docs/decisions/0013), and damaged
 * template bytes give a Chinese error rather than an exception.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActualValue } from '../../../shared/domain/actualValue';
import { MEASURES, VALUE_STATUSES } from '../../../shared/domain/actualValue';
import { asPlanId, makeIndicatorId } from '../../../shared/domain/ids';
import type { Plan } from '../../../shared/domain/plan';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { buildEditedIndicator } from '../../../shared/importers/buildEditedIndicator';
import { importPlanTemplate } from '../../../shared/importers/xlsxPlanTemplate';
import { exportPlanTemplate } from '../../../shared/importers/xlsxPlanTemplateExport';

const jdz = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
const PLAN_ID = asPlanId('prop-plan');

/** Texts a spreadsheet would read as formulas, and other troublemakers. */
const HOSTILE = ['=1+1', '=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '--', '—', "'=1"];

const text = (pool: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...pool),
    fc
      .tuple(fc.constantFrom('', ...HOSTILE), fc.constantFrom(...pool))
      .map(([prefix, body]) => `${prefix}${body}`),
  );

const NAMES = jdz.indicators.map((indicator) =>
  indicator.unit === '' ? indicator.name : `${indicator.name}（${indicator.unit}）`,
);
const CELLS = [
  ...new Set(jdz.indicators.flatMap((i) => [i.baseRaw, i.targetRaw, i.growthRaw])),
  '-3.2',
  '-0.05',
  '0.10',
  '4.5 以内',
  '>6.5',
  '高于GDP增长',
  ...HOSTILE,
];
const cell = fc.oneof(
  fc.constantFrom(...CELLS),
  fc.integer({ min: -99999, max: 99999 }).map((n) => String(n / 100)),
);

const indicatorInput = fc.record({
  category: fc.constantFrom('综合质效', '创新驱动', '', '=协调', '-绿色'),
  rawName: text(NAMES),
  baseRaw: cell,
  targetRaw: cell,
  growthRaw: cell,
  attribute: fc.constantFrom('预期性' as const, '约束性' as const),
  direction: fc.constantFrom(null, 'higherIsBetter' as const, 'lowerIsBetter' as const),
  // A department name holds no list separator (、，,;；), which the template splits on.
  departments: fc.array(
    text(['市统计局', '市发改委', '市人社局']).filter((name) => !/[、，,;；]/.test(name)),
    { maxLength: 2 },
  ),
  remarks: fc.oneof(fc.constant(''), text(['含可比价说明', '按省下达任务执行'])),
});

const actualInput = fc.record({
  row: fc.nat(),
  year: fc.integer({ min: 2020, max: 2025 }),
  measure: fc.constantFrom(...MEASURES),
  value: fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100),
  status: fc.constantFrom(...VALUE_STATUSES),
  source: fc.oneof(fc.constant(''), text(['统计年鉴2022', '统计公报'])),
  note: fc.oneof(fc.constant(''), text(['快报', '含价格因素'])),
});

const bundleInput = fc.record({
  notes: fc.array(text(['2020 年基期值均为预期数', '[ ]为五年累计提高或下降数']), { maxLength: 3 }),
  rows: fc.array(indicatorInput, { minLength: 1, maxLength: 6 }),
  actuals: fc.array(actualInput, { maxLength: 8 }),
});

type BundleInput = typeof bundleInput extends fc.Arbitrary<infer T> ? T : never;

/** A plan bundle as the editor would hold it: every row read by the importer's own rules. */
function toBundle(input: BundleInput): PlanBundle {
  const plan: Plan = { ...jdz.plan, id: PLAN_ID, notes: input.notes, origin: { type: 'pasted' } };
  const indicators = input.rows.map((row, index) =>
    buildEditedIndicator(
      { ...row, id: makeIndicatorId(PLAN_ID, index + 1), order: index + 1 },
      plan,
    ),
  );
  const seen = new Set<string>();
  const actualValues: ActualValue[] = [];
  for (const { row, ...actual } of input.actuals) {
    const indicatorId = makeIndicatorId(PLAN_ID, (row % indicators.length) + 1);
    const key = `${indicatorId}/${actual.year}/${actual.measure}`;
    if (seen.has(key)) continue;
    seen.add(key);
    actualValues.push({ indicatorId, ...actual });
  }
  return { plan, indicators, actualValues, officialAssessments: [] };
}

describe('exportPlanTemplate → importPlanTemplate properties', () => {
  it('gives back every plan unchanged, formula-like texts and negative numbers included', async () => {
    await fc.assert(
      fc.asyncProperty(bundleInput, async (input) => {
        const bundle = toBundle(input);
        const result = importPlanTemplate(await exportPlanTemplate(bundle), 'p.xlsx', {
          planId: PLAN_ID,
        });
        if (!result.ok) throw new Error(result.error.message);
        expect(result.value).toStrictEqual({
          ...bundle,
          plan: { ...bundle.plan, origin: { type: 'file', fileName: 'p.xlsx' } },
        });
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('answers damaged template bytes in Chinese, never with an exception', async () => {
    const original = await exportPlanTemplate({ ...jdz, plan: { ...jdz.plan, id: PLAN_ID } });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (damage) => {
          const bytes = original.slice();
          for (const [at, value] of damage) bytes[at] = value;
          const result = importPlanTemplate(bytes, '损坏.xlsx', { planId: PLAN_ID });
          if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
