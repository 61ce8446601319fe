import * as XLSX from 'xlsx';
import type { ActualValue } from '../../../shared/domain/actualValue';
import { asIndicatorId, asPlanId } from '../../../shared/domain/ids';
import type { Indicator } from '../../../shared/domain/indicator';
import { buildDataTemplate } from '../../../shared/importers/xlsxDataTemplateBuild';
import { makeActual, makeBase, makeIndicator, makePlan } from '../../helpers/makeIndicator';

/** 景德镇's 14th plan (source-doc 000), four real rows with responsible departments. */
export const plan = makePlan({
  id: asPlanId('seed-jdz-14'),
  name: '景德镇市国民经济和社会发展第十四个五年规划',
  region: '景德镇市',
});

export const gdp = makeIndicator({
  id: asIndicatorId('seed-jdz-14/001'),
  planId: plan.id,
  departments: ['市统计局', '市发改委'],
});
export const industryGrowth = makeIndicator({
  id: asIndicatorId('seed-jdz-14/002'),
  planId: plan.id,
  order: 2,
  name: '规模以上工业增加值增速',
  unit: '%',
  baseRaw: '[7.66]',
  targetRaw: '--',
  base: makeBase(7.66, { isPeriodAverage: true }),
  target: { kind: 'growthRate', annualGrowth: { value: 7, qualifier: 'about' } },
  departments: ['市工信局'],
});
export const patents = makeIndicator({
  id: asIndicatorId('seed-jdz-14/003'),
  planId: plan.id,
  order: 3,
  category: '创新驱动',
  name: '每万人口高价值发明专利拥有量',
  unit: '件',
  baseRaw: '5.8',
  targetRaw: '8',
  growthRaw: '[2.2]',
  base: makeBase(5.8),
  departments: [],
});
export const unemployment = makeIndicator({
  id: asIndicatorId('seed-jdz-14/004'),
  planId: plan.id,
  order: 4,
  category: '民生福祉',
  name: '城镇登记失业率',
  unit: '%',
  baseRaw: '3.12',
  targetRaw: '--',
  growthRaw: '4.5 以内',
  base: makeBase(3.12),
  target: { kind: 'ceiling', limit: 4.5, inclusive: true, isApproximate: false },
  attribute: '约束性',
  direction: 'lowerIsBetter',
  departments: ['市人社局', '市统计局'],
});

export const indicators: Indicator[] = [gdp, industryGrowth, patents, unemployment];

/** What the database already holds. */
export const existing: ActualValue[] = [
  makeActual('seed-jdz-14/001', 2021, 1102.3, 'value', {
    status: '快报数',
    source: '市统计局',
    note: '快报',
  }),
  makeActual('seed-jdz-14/004', 2021, 3.2, 'value', { status: '年报数', source: '市人社局' }),
  makeActual('seed-jdz-14/001', 2021, 8.1, 'growth'),
];

export const now = new Date('2026-11-22T02:00:00.000Z');
export const years = [2021, 2022];

/** Departments the tests build a template for; '' is the all-indicator template. */
const DEPARTMENTS = ['', '市统计局', '市工信局', '市人社局'];

// buildDataTemplate is async (exceljs writes asynchronously): the templates are built once, when
// the module loads, so the tests can take fresh copies synchronously.
const BUILT = new Map(
  await Promise.all(
    DEPARTMENTS.map(
      async (department) =>
        [
          department,
          await buildDataTemplate(plan, indicators, existing, { years, now, department }),
        ] as const,
    ),
  ),
);

/** The template for 2021–2022 of one department, or of all indicators: a fresh copy each call. */
export function buildTemplate(department = ''): Uint8Array {
  const bytes = BUILT.get(department);
  if (!bytes) throw new Error(`no template built for 「${department}」: add it to DEPARTMENTS`);
  return bytes.slice();
}

/** Opens template bytes with SheetJS, as a user's Excel would. */
export function openWorkbook(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array' });
}

/** Writes a workbook back to xlsx bytes. */
export function saveWorkbook(workbook: XLSX.WorkBook): Uint8Array {
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** Fills cells of a sheet (null deletes a cell), as a department would in Excel. */
export function fillCells(
  bytes: Uint8Array,
  edits: Record<string, string | number | null>,
  sheetName = '数据填报',
): Uint8Array {
  const workbook = openWorkbook(bytes);
  const sheet = workbook.Sheets[sheetName]!;
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  for (const [address, value] of Object.entries(edits)) {
    if (value === null) delete sheet[address];
    else sheet[address] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
    const cell = XLSX.utils.decode_cell(address);
    range.e.r = Math.max(range.e.r, cell.r);
    range.e.c = Math.max(range.e.c, cell.c);
  }
  sheet['!ref'] = XLSX.utils.encode_range(range);
  return saveWorkbook(workbook);
}

/** Rows of a sheet as raw values (trailing empty cells dropped), for exact assertions. */
export function sheetRows(bytes: Uint8Array, sheetName: string): unknown[][] {
  const sheet = openWorkbook(bytes).Sheets[sheetName]!;
  const rows: unknown[][] = XLSX.utils.sheet_to_json(sheet, { header: 1, defval: null, raw: true });
  return rows.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
}
