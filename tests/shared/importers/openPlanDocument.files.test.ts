import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/domain/indicator';
import type { PlanTableKind } from '../../../shared/domain/plan';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { openPlanDocument } from '../../../shared/importers/openPlanDocument';
import { FIXTURE_TITLES, NARROW_FIXTURES } from '../../../scripts/fixtures/fixtureTitles';

const ROOT = join(__dirname, '../../..');
const documents = join(ROOT, 'tests/fixtures/documents');

function seed(key: string): PlanBundle {
  return JSON.parse(
    readFileSync(join(ROOT, 'seeds/generated', `seed-${key}.json`), 'utf8'),
  ) as PlanBundle;
}

/** What a document table cannot carry: the text importer's layout warnings and seed remarks. */
const withoutReview = (indicator: Indicator) => ({ ...indicator, warnings: [], remarks: '' });

const CASES: readonly [string, PlanTableKind, string][] = [
  ['html', 'main', 'jdz-14'],
  ['html', 'completion', 'jdz-13c'],
  ['docx', 'main', 'jdz-14'],
  ['docx', 'completion', 'jdz-13c'],
  ['pdf', 'main', 'jdz-14'],
  ['pdf', 'completion', 'jdz-13c'],
];

// Real files made by LibreOffice from the built-in plans' rows (scripts/fixtures/makePlanDocuments.ts).
describe('openPlanDocument on real Word, PDF and web-page files', () => {
  it.each(CASES)(
    'reads the %s file’s %s table as the built-in plan %s',
    async (type, table, key) => {
      const bundle = seed(key);
      const fileName = `jdz-plan.${type}`;
      const source = bundle.actualValues[0]?.source;
      const result = await openPlanDocument(
        new Uint8Array(readFileSync(join(documents, fileName))),
        fileName,
        {
          planId: bundle.plan.id,
          table,
          ...(source ? { source } : {}),
        },
      );
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.plan).toStrictEqual({
        ...bundle.plan,
        name: FIXTURE_TITLES[table],
        // The excerpt's title lines (source doc 000) or the completion table's own title.
        region: '景德镇市',
        level: '市',
        origin: { type: 'file', fileName },
      });
      expect(result.value.indicators.map(withoutReview)).toStrictEqual(
        bundle.indicators.map(withoutReview),
      );
      expect(result.value.actualValues).toStrictEqual(bundle.actualValues);
      // A PDF cell wrapped at a space (「66.46」/「亿元」/「（人民币）」) no longer shows the space.
      const spaces = (text: string) => (type === 'pdf' ? text.replace(/\s+/g, '') : text);
      const assessments = (list: PlanBundle['officialAssessments']) =>
        list.map((item) => ({ ...item, actualRaw: spaces(item.actualRaw) }));
      expect(assessments(result.value.officialAssessments)).toStrictEqual(
        assessments(bundle.officialAssessments),
      );
    },
    30_000,
  );
});

describe('openPlanDocument on narrow PDF tables', () => {
  // 抚州市's 单位 column: headers centred over numbers printed at their cells' left edge, so
  // 「2025年目标值」 stood over no body text, became a column of its own and moved every target
  // right. 昌江区's completion table: 「预期值 规划目标 实际」 almost touching read as one header over
  // three columns, and 预期值 and 规划目标 as one column (pdfColumns.ts).
  it.each(NARROW_FIXTURES)(
    'reads every row of %s from %s.pdf',
    async (key, name) => {
      const bundle = seed(key);
      const fileName = `${name}.pdf`;
      const source = bundle.actualValues[0]?.source;
      const result = await openPlanDocument(
        new Uint8Array(readFileSync(join(documents, fileName))),
        fileName,
        { planId: bundle.plan.id, table: bundle.plan.tableKind, ...(source ? { source } : {}) },
      );
      if (!result.ok) throw new Error(result.error.message);
      const fields = (i: Indicator) => [i.name, i.unit, i.attribute, i.base, i.target, i.direction];
      expect(result.value.indicators.map(fields)).toStrictEqual(bundle.indicators.map(fields));
      expect(result.value.actualValues).toStrictEqual(bundle.actualValues);
    },
    30_000,
  );
});

describe('openPlanDocument on old Excel and CSV files', () => {
  it('reads an .xls (BIFF8) and a CSV of the built-in table (decision 0023)', async () => {
    const bundle = seed('fz-14');
    const rows = [
      ['类别', '指标', '2020年基期值', '2025年目标值', '年均/累计增长(%)', '属性'],
      ...bundle.indicators.map((i) => [
        i.category,
        i.unit ? `${i.name}（${i.unit}）` : i.name,
        i.baseRaw,
        i.targetRaw,
        i.growthRaw,
        i.attribute ?? '',
      ]),
    ];
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), '指标');
    const xls = new Uint8Array(
      XLSX.write(workbook, { type: 'array', bookType: 'xls' }) as ArrayBuffer,
    );
    const csv = new TextEncoder().encode(
      rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n'),
    );
    for (const [bytes, name] of [
      [xls, '抚州.xls'],
      [csv, '抚州.csv'],
    ] as const) {
      const result = await openPlanDocument(bytes, name, { planId: bundle.plan.id, table: 'main' });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.indicators.map((i) => [i.name, i.unit, i.targetRaw])).toStrictEqual(
        bundle.indicators.map((i) => [i.name, i.unit, i.targetRaw]),
      );
    }
  });
});
