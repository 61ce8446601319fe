import type { PlanLevel, PlanOrigin, PlanTableKind } from '../domain/plan';

/** Options of a text import. Nothing time-dependent is read: ids and names come from here. */
export type ImportOptions = {
  /** Which table to import: the 14th-plan main table or the 13th-plan completion table. */
  readonly table: PlanTableKind;
  /** Id of the plan to create (e.g. `seed-jdz-14`); indicator ids derive from it. */
  readonly planId: string;
  /** Plan name; defaults to the table's title. */
  readonly name?: string;
  readonly region?: string;
  readonly level?: PlanLevel;
  /** Defaults: 十四五 (main) or 十三五 (completion). */
  readonly periodLabel?: string;
  /** Defaults: 2020 (main) or 2015 (completion). */
  readonly baseYear?: number;
  /** Defaults: 2025 (main) or 2020 (completion). */
  readonly targetYear?: number;
  /** Defaults to `{ type: 'pasted' }`. */
  readonly origin?: PlanOrigin;
  /** Source named on the imported actual values (completion tables); defaults to the plan name. */
  readonly source?: string;
  /** File name for error locations. */
  readonly fileName?: string;
};

/** Default years and period label of each table kind (DOMAIN.md「The main indicator table」). */
export const TABLE_DEFAULTS: Readonly<
  Record<PlanTableKind, { periodLabel: string; baseYear: number; targetYear: number }>
> = {
  main: { periodLabel: '十四五', baseYear: 2020, targetYear: 2025 },
  completion: { periodLabel: '十三五', baseYear: 2015, targetYear: 2020 },
};
