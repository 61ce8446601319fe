import type { PlanOrigin } from '../../domain/plan';

/** Options of a work-item import: ids and names come from here, nothing from the clock. */
export type WorkItemImportOptions = {
  /** Id of the list to create; item ids derive from it. */
  readonly listId: string;
  /** List name; defaults to the document's title where one is found. */
  readonly name?: string;
  readonly region?: string;
  /** The plan the list belongs to, if any. */
  readonly planId?: string | null;
  /** Years the items run over; default 2021–2025 (十四五). */
  readonly startYear?: number;
  readonly endYear?: number;
  /** Defaults to `{ type: 'pasted' }`. */
  readonly origin?: PlanOrigin;
  /** File name for error locations. */
  readonly fileName?: string;
};

/** Largest text accepted (a whole plan document is about 0.3 MB). */
export const MAX_WORK_ITEM_TEXT_LENGTH = 5_000_000;
