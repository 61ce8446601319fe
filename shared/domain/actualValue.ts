import type { IndicatorId } from './ids';

/**
 * What a number measures. `value` is the indicator's own level (or rate, for a rate indicator);
 * `growth` is an annual growth rate in % reported beside a level (e.g. real GDP growth in
 * comparable prices beside the current-price level; DOMAIN.md「What kinds of target there are」).
 */
export type Measure = 'value' | 'growth';

/** Statistical status of a figure, from least to most final. */
export type ValueStatus = '预计数' | '快报数' | '年报数' | '核实数';

/** All statuses in order from least to most final. */
export const VALUE_STATUSES: readonly ValueStatus[] = ['预计数', '快报数', '年报数', '核实数'];

/**
 * An actual value of an indicator for one year. A value for the plan's base year is a revision
 * of the base (the plans' base values are estimates; DOMAIN.md「Revisions and base breaks」).
 */
export type ActualValue = {
  readonly indicatorId: IndicatorId;
  readonly year: number;
  readonly measure: Measure;
  readonly value: number;
  readonly status: ValueStatus;
  readonly source: string;
  readonly note: string;
};
