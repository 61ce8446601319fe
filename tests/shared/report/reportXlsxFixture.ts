/**
 * The report workbook's test case: 景德镇's 14th plan evaluated in 2022 from the 2021–2022 fixture
 * actuals, with what an evaluator adds by hand — statuses, a source and notes (some beginning like
 * formulas), the census revision of the urbanisation base (65.02 for 2020, DOMAIN.md「Revisions
 * and base breaks」), and an override with its reason.
 */
import ExcelJS from 'exceljs';
import type { VerdictOverride } from '../../../shared/domain/verdict';
import type { ReportDocument } from '../../../shared/report/reportDocument';
import { buildReportWorkbook } from '../../../shared/report/reportXlsxBuilder';
import { JDZ_ACTUALS_CSV, seedReport } from './reportFixture';

/** Texts an evaluator typed that a spreadsheet could read as formulas (docs/decisions/0013). */
export const HOSTILE = {
  source: '=HYPERLINK("http://example.com","统计公报")',
  note: '-含价格因素',
  reason: '-受汇率变动影响，按美元口径计算符合预期',
} as const;

/** Extra columns per fixture row: status, source, note by 「indicator,year」. */
const EXTRAS: Readonly<Record<string, string>> = {
  '地区生产总值（GDP）,2022': `快报数,"${HOSTILE.source.replace(/"/g, '""')}",'${HOSTILE.note}`,
  '常住人口城镇化率,2021': '核实数,第七次全国人口普查公报,',
};

/** The fixture CSV with status, source and note columns, and the census base revision. */
function annotatedCsv(): string {
  const [, ...rows] = JDZ_ACTUALS_CSV.trim().split('\n');
  const annotated = rows.map((row) => {
    const key = row.split(',').slice(0, 2).join(',');
    return `${row},${EXTRAS[key] ?? '年报数,市统计局,'}`;
  });
  return [
    'indicator,year,value,measure,status,source,note',
    '常住人口城镇化率,2020,65.02,value,核实数,第七次全国人口普查公报,+人口普查修订',
    ...annotated,
  ].join('\n');
}

/** 进出口总额 (滞后) judged 符合预期 by the evaluator. */
export const OVERRIDE: VerdictOverride = {
  verdict: '符合预期',
  reason: HOSTILE.reason,
  decidedAt: '2026-11-22T06:00:00.000Z',
  decidedBy: '王五',
};

/** The report of the case. */
export function annotatedJdzReport(): ReportDocument {
  return seedReport({
    key: 'jdz-14',
    year: 2022,
    mode: 'midterm',
    csv: annotatedCsv(),
    overrides: new Map([['seed-jdz-14/014', OVERRIDE]]),
  });
}

/** The workbook of the case, built and opened again with exceljs. */
export async function openReportWorkbook(
  report: ReportDocument,
): Promise<{ bytes: Uint8Array; workbook: ExcelJS.Workbook }> {
  const bytes = await buildReportWorkbook(report, {
    createdAt: new Date('2026-11-22T06:00:00.000Z'),
  });
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as its own `Buffer extends ArrayBuffer`; a Node Buffer is what it reads.
  await workbook.xlsx.load(
    Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0],
  );
  return { bytes, workbook };
}
