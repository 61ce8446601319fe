/**
 * Properties of the department data template (issue 7「Robustness」): values we write come back
 * exactly, negative numbers included, and whatever a department types into the input cells is
 * either read as a number or refused with a Chinese reason — never an exception.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { ActualValue, Measure } from '../../../shared/domain/actualValue';
import { VALUE_STATUSES } from '../../../shared/domain/actualValue';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { buildDataTemplate } from '../../../shared/importers/xlsxDataTemplateBuild';
import { importDataTemplate } from '../../../shared/importers/xlsxDataTemplateImport';

const jdz = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
const { plan, indicators } = jdz;
const now = new Date('2026-11-22T02:00:00.000Z');
const HAN = /[\u4e00-\u9fff]/;

const years = fc.subarray([2021, 2022, 2023, 2024, 2025], { minLength: 1 });

/** The template's years and, maybe, the 上半年 or 前三季度 of one of them. */
const shapes = years.chain((chosen) =>
  fc.record({
    years: fc.constant(chosen),
    cutOff: fc.option(
      fc.record({
        year: fc.constantFrom(...chosen),
        period: fc.constantFrom('firstHalf' as const, 'firstThreeQuarters' as const),
      }),
      { nil: null },
    ),
  }),
);

/** Stored levels and growth rates (of the part-year too) in some of the template's periods. */
const storedValues = shapes.chain(({ years: chosen, cutOff }) => {
  const measures: Measure[] = ['value', 'growth'];
  if (cutOff?.period === 'firstHalf') measures.push('firstHalfValue', 'firstHalfGrowth');
  if (cutOff?.period === 'firstThreeQuarters') {
    measures.push('firstThreeQuartersValue', 'firstThreeQuartersGrowth');
  }
  const partYear = (measure: Measure) => measure !== 'value' && measure !== 'growth';
  return fc
    .uniqueArray(
      fc.record({
        row: fc.nat(indicators.length - 1),
        year: fc.constantFrom(...chosen),
        measure: fc.constantFrom(...measures),
        value: fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
        status: fc.constantFrom(...VALUE_STATUSES),
      }),
      { selector: (value) => `${value.row}/${value.year}/${value.measure}`, maxLength: 12 },
    )
    .map((picked) => ({
      years: chosen,
      cutOff,
      values: picked
        .filter(({ year, measure }) => !partYear(measure) || year === cutOff?.year)
        .map(({ row, ...rest }): ActualValue => ({
          indicatorId: indicators[row]!.id,
          source: '',
          note: '',
          ...rest,
        })),
    }));
});

/** The 数值 (or 增速) cell of a row (0-based) and year: after the six fixed columns and 4 rows. */
function inputAddress(row: number, yearIndex: number, growth: boolean): string {
  return XLSX.utils.encode_cell({ r: 4 + row, c: 6 + yearIndex * 3 + (growth ? 1 : 0) });
}

describe('buildDataTemplate → importDataTemplate properties', () => {
  it('gives back every stored value with its status, negative numbers included', async () => {
    await fc.assert(
      fc.asyncProperty(storedValues, async ({ years: chosen, cutOff, values }) => {
        const options = { years: chosen, cutOff, now };
        const bytes = await buildDataTemplate(plan, indicators, values, options);
        const fresh = importDataTemplate(bytes, 't.xlsx', plan, indicators, []);
        if (!fresh.ok) throw new Error(fresh.error.message);
        // Statuses are shared by a period's cells (checked by the second import), so not here.
        const order = (value: ActualValue) => `${value.indicatorId}/${value.year}/${value.measure}`;
        const plain = (list: readonly ActualValue[]) =>
          list
            .map(({ status: _status, ...rest }) => rest)
            .sort((a, b) => order(a as ActualValue).localeCompare(order(b as ActualValue)));
        expect(plain(fresh.value.toWrite)).toEqual(plain(values));
        const same = importDataTemplate(bytes, 't.xlsx', plan, indicators, values);
        expect(same.ok && same.value.counts).toEqual({
          new: 0,
          changed: 0,
          unchanged: values.length,
          invalid: 0,
        });
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('reads whatever a department types as a number or refuses it in Chinese', async () => {
    const typed = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '1,102.3',
        '１１０２．３',
        '8.5%',
        '-3.2',
        '=1+1',
        '@x',
        '--',
        '—',
        '约100',
        '',
      ),
    );
    const template = await buildDataTemplate(plan, indicators, [], { years: [2021, 2022], now });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(indicators.length - 1), fc.nat(1), fc.boolean(), typed), {
          maxLength: 6,
        }),
        (fills) => {
          const workbook = XLSX.read(template, { type: 'array' });
          const sheet = workbook.Sheets['数据填报'] as XLSX.WorkSheet;
          for (const [row, year, growth, value] of fills) {
            sheet[inputAddress(row, year, growth)] =
              typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
          }
          const bytes = new Uint8Array(
            XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
          );
          const result = importDataTemplate(bytes, '填报.xlsx', plan, indicators, []);
          if (!result.ok) throw new Error(result.error.message);
          for (const entry of result.value.entries) {
            if (entry.kind === 'invalid') expect(entry.reason).toMatch(HAN);
            else expect(Number.isFinite(entry.after?.value)).toBe(true);
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 60_000);
});
