/**
 * The report as an Excel workbook (issue 6「Excel」): 主要指标进展情况表 laid out like the source
 * documents' completion tables, 分年度数据 (every value with its status and source) and 评价说明
 * (each verdict, automatic and in force, with its reason and explanation). exceljs writes the
 * cell styles SheetJS community edition cannot (docs/decisions/0006, 0014); it is the only module
 * of shared/report that loads exceljs, and the app reaches it through a dynamic import.
 */
import ExcelJS from 'exceljs';
import type { ReportDocument } from './reportDocument';
import { writeExplanationsSheet } from './xlsxExplanationsSheet';
import { writeProgressSheet } from './xlsxProgressSheet';
import { writeValuesSheet } from './xlsxValuesSheet';

/** The sheet names, in workbook order. */
export const REPORT_SHEET_NAMES = {
  progress: '主要指标进展情况表',
  values: '分年度数据',
  explanations: '评价说明',
} as const;

/** Options: the workbook's creation time (exceljs otherwise stamps the current time). */
export type ReportWorkbookOptions = {
  readonly createdAt?: Date;
};

/**
 * Builds the report workbook. Texts are written as string cells, never formulas
 * (docs/decisions/0013); numbers as numbers with the plan's decimals.
 */
export async function buildReportWorkbook(
  report: ReportDocument,
  options: ReportWorkbookOptions = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '规划评估工作台';
  workbook.title = report.title;
  if (options.createdAt) {
    workbook.created = options.createdAt;
    workbook.modified = options.createdAt;
  }
  const sheet = (name: string) =>
    workbook.addWorksheet(name, { properties: { defaultRowHeight: 18 } });
  writeProgressSheet(sheet(REPORT_SHEET_NAMES.progress), report);
  writeValuesSheet(sheet(REPORT_SHEET_NAMES.values), report);
  writeExplanationsSheet(sheet(REPORT_SHEET_NAMES.explanations), report);
  // exceljs declares its result as an ArrayBuffer but returns a Buffer (a Uint8Array) in Node and
  // its bundled Buffer in the browser: copying through the Uint8Array constructor fits all three.
  const written = await workbook.xlsx.writeBuffer();
  return new Uint8Array(written);
}
