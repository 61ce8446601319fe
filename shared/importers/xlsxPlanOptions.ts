import type { PlanLevel, PlanTableKind } from '../domain/plan';
import type { OpenWorkbookOptions } from './xlsxOpenWorkbook';

/** Options of an Excel plan import. Nothing time-dependent is read: the plan id comes from here. */
export type PlanWorkbookOptions = {
  /** Id of the plan to create (e.g. `user-…`); indicator ids derive from it. */
  readonly planId: string;
  /** The table kind the caller expects; a table of the other kind is refused. Detected when absent. */
  readonly table?: PlanTableKind;
  /** Plan name for a document-style table; defaults to the table's title row. */
  readonly name?: string;
  readonly region?: string;
  readonly level?: PlanLevel;
  /** Source named on imported actual values; defaults to the plan name. */
  readonly source?: string;
};

/** Chinese name of each table kind, for messages and the template. */
export const TABLE_KIND_LABELS: Readonly<Record<PlanTableKind, string>> = {
  main: '主要指标表',
  completion: '完成情况表',
};

/** Largest workbook accepted: a plan table is a few hundred KB, so 20 MB is ample. */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

/** How a plan workbook is opened: the size limit and the plan importer's own wording. */
export const PLAN_OPEN_OPTIONS: OpenWorkbookOptions = {
  maxBytes: MAX_WORKBOOK_BYTES,
  // Plans arrive as .xls and WPS .et as well as .xlsx (issue 11, decision 0023).
  allowLegacy: true,
  messages: {
    tooLarge: (size, limit) =>
      `文件大小为 ${size} MB，超过 ${limit} MB 的上限，未读取。请只保留指标表所在的工作表后再导入`,
    notExcel:
      '不是 Excel 工作簿（.xlsx）：文件内容不是 Excel 格式，可能选错了文件。文本格式的指标表请用「粘贴指标表」导入',
    damaged:
      '无法读取该 Excel 文件：文件已损坏、已加密或不是 .xlsx 工作簿。请在 Excel 中打开后另存为「Excel 工作簿（*.xlsx）」再导入',
  },
};
