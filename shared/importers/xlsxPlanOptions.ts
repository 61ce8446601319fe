import type { PlanLevel, PlanTableKind } from '../domain/plan';

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
