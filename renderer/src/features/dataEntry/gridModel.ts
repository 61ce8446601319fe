import type { Measure, ValueStatus } from '../../../../shared/domain/actualValue';
import { detectBaseBreaks } from '../../../../shared/evaluation/baseBreak';
import type { Indicator } from '../../../../shared/domain/indicator';
import type { Plan } from '../../../../shared/domain/plan';
import { checkPlausibility } from '../../../../shared/values/checkPlausibility';
import type { PlausibilityWarning } from '../../../../shared/values/checkPlausibility';
import type { PlausibilitySettings } from '../../../../shared/values/plausibilitySettings';
import type { ValueInput } from '../../../../shared/values/parseValueInput';
import type { ValueChange, ValueContent } from '../../db/repositories/actualValuesRepository';
import type { ActualValueRow } from '../../db/rows';
import type { GridCursor } from './gridCursor';

/** One indicator row of the entry grid. */
export type EntryRowModel = {
  readonly indicator: Indicator;
  /** Stored values per year column (base year first); null when empty. */
  readonly cells: readonly (ValueContent | null)[];
  /** Plausibility warnings of stored values per year column, joined; null when none. */
  readonly warnings: readonly (string | null)[];
  /** 基期可能不可比: why, and what to do (shared/evaluation/baseBreak.ts); null when comparable. */
  readonly baseBreak: string | null;
  /** True once a revised base (a base-year level) is entered for a flagged row. */
  readonly isBaseRevised: boolean;
};

/** The grid of one plan: years from the base year to the target year, one row per indicator. */
export type EntryGridModel = {
  readonly years: readonly number[];
  /**
   * What the cells hold: the level (or rate), the growth beside it, or either for 上半年 / 前三季度
   * (shared/domain/measurePeriod.ts).
   */
  readonly measure: Measure;
  readonly rows: readonly EntryRowModel[];
};

/** Status of a value typed into an empty cell: the least final, to be raised in the side panel. */
export const DEFAULT_STATUS: ValueStatus = '预计数';

/** Builds the grid of one measure ('value' by default: each year's own level or rate). */
export function buildEntryGrid(
  plan: Pick<Plan, 'baseYear' | 'targetYear'>,
  indicators: readonly Indicator[],
  actuals: readonly ActualValueRow[],
  settings?: PlausibilitySettings,
  measure: Measure = 'value',
): EntryGridModel {
  const years: number[] = [];
  for (let year = plan.baseYear; year <= plan.targetYear; year += 1) years.push(year);
  const byCell = new Map<string, ActualValueRow>();
  for (const row of actuals) {
    if (row.measure === measure) byCell.set(`${row.indicatorId}|${row.year}`, row);
  }
  const breaks = detectBaseBreaks(indicators, actuals, plan);
  const rows = indicators.map((indicator) => {
    const cells = years.map((year) => {
      const row = byCell.get(`${indicator.id}|${year}`);
      return row
        ? { value: row.value, status: row.status, source: row.source, note: row.note }
        : null;
    });
    const partial = { indicator, cells };
    const found = breaks.get(indicator.id);
    return {
      ...partial,
      warnings: years.map((year, col) => {
        const value = cells[col]?.value;
        if (value === undefined) return null;
        const warnings = plausibilityWarnings(partial, years, col, value, settings, measure);
        return warnings.length ? warnings.map((w) => w.message).join('\n') : null;
      }),
      baseBreak: found?.text ?? null,
      isBaseRevised: found ? found.revisedBase !== null : false,
    };
  });
  return { years, measure, rows };
}

/** Warnings for a value in a cell, against the previous year (or the plan's base value). */
export function plausibilityWarnings(
  row: Pick<EntryRowModel, 'indicator' | 'cells'>,
  years: readonly number[],
  col: number,
  value: number,
  settings?: PlausibilitySettings,
  measure: Measure = 'value',
): PlausibilityWarning[] {
  const year = years[col] ?? 0;
  return checkPlausibility(
    {
      indicator: row.indicator,
      year,
      measure,
      value,
      // A growth rate is not compared with the plan's base level.
      previous: measure === 'value' ? previousValue(row, years, col) : null,
    },
    settings,
  );
}

/** The value of the year before a column: the stored one, or the plan's base value. */
export function previousValue(
  row: Pick<EntryRowModel, 'indicator' | 'cells'>,
  years: readonly number[],
  col: number,
): { year: number; value: number } | null {
  if (col < 1) return null;
  const year = years[col - 1] ?? 0;
  const stored = row.cells[col - 1];
  if (stored) return { year, value: stored.value };
  const base = row.indicator.base;
  if (col - 1 === 0 && base.value !== null && !base.isPeriodAverage && base.year === year) {
    return { year, value: base.value };
  }
  return null;
}

/** The change a parsed input makes to a cell: status, source and note of a stored value are kept. */
export function changeForCell(
  model: EntryGridModel,
  cursor: GridCursor,
  input: ValueInput,
): ValueChange {
  const row = model.rows[cursor.row];
  const year = model.years[cursor.col];
  if (!row || year === undefined) throw new Error('所选单元格不在表格内');
  const key = { indicatorId: row.indicator.id, year, measure: model.measure };
  if (input.kind === 'clear') return { ...key, next: null };
  const stored = row.cells[cursor.col];
  const next = stored
    ? { ...stored, value: input.value }
    : { value: input.value, status: DEFAULT_STATUS, source: '', note: '' };
  return { ...key, next };
}

/**
 * Keeps the previous row objects whose content did not change, so memoised rows skip rendering
 * after a write (one changed cell re-renders one row, not 500).
 */
export function reuseRows(previous: EntryGridModel | null, next: EntryGridModel): EntryGridModel {
  if (!previous || previous.years.length !== next.years.length) return next;
  if (previous.measure !== next.measure) return next;
  const byId = new Map(previous.rows.map((row) => [row.indicator.id, row]));
  let reused = 0;
  const rows = next.rows.map((row) => {
    const old = byId.get(row.indicator.id);
    if (!old || !sameRow(old, row)) return row;
    reused += 1;
    return old;
  });
  return reused === 0 ? next : { years: next.years, measure: next.measure, rows };
}

function sameRow(a: EntryRowModel, b: EntryRowModel): boolean {
  return (
    a.indicator === b.indicator &&
    a.baseBreak === b.baseBreak &&
    a.cells.every((cell, col) => sameCell(cell, b.cells[col] ?? null)) &&
    a.warnings.every((warning, col) => warning === b.warnings[col])
  );
}

function sameCell(a: ValueContent | null, b: ValueContent | null): boolean {
  if (a === null || b === null) return a === b;
  return a.value === b.value && a.status === b.status && a.source === b.source && a.note === b.note;
}
