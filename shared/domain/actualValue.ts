import type { IndicatorId } from './ids';

/**
 * What a number measures. DOMAIN.md「What kinds of target there are」.
 * - `value`: the indicator's own level in year `year` (or its rate, for a rate indicator).
 * - `growth`: the growth rate in % of that one year over the year before, reported beside a level
 *   (e.g. real GDP growth in comparable prices beside the current-price level).
 * - `averageGrowth`: the average annual (compound) growth in % from the plan's base year to
 *   `year`, as officially published, in comparable prices where the statistics use them; e.g. the
 *   13th-plan completion table's 实际累计或年均增长 `7.4` for GDP is 2015–2020 average real growth.
 * - `cumulativeChange`: the change achieved from the plan's base year to `year` (累计变化, written
 *   `[27.4]` in the completion tables): in the indicator's unit (percentage points for indicators
 *   in %), signed (negative = a fall). For reduction indicators (the target is a cumulative
 *   reduction: 单位GDP能耗降低 `[16]`, 下降 `[4.3]`) it is the cumulative reduction in %, positive
 *   = a fall, read the way the target's reduction is read.
 * - `firstHalfValue`, `firstHalfGrowth`, `firstThreeQuartersValue`, `firstThreeQuartersGrowth`:
 *   the level and the growth (over the same period a year before) of 上半年 (January–June) and
 *   前三季度 (January–September) of `year`: mid-term reports cut their data off at mid-year
 *   (REAL-REPORTS.md「Time basis」). The period is part of the measure so that the stored key
 *   `[indicatorId+year+measure]` holds it (docs/decisions/0026).
 */
export type Measure =
  | 'value'
  | 'growth'
  | 'averageGrowth'
  | 'cumulativeChange'
  | 'firstHalfValue'
  | 'firstHalfGrowth'
  | 'firstThreeQuartersValue'
  | 'firstThreeQuartersGrowth';

/** Every measure, in the order above (for validators of stored or imported rows). */
export const MEASURES: readonly Measure[] = [
  'value',
  'growth',
  'averageGrowth',
  'cumulativeChange',
  'firstHalfValue',
  'firstHalfGrowth',
  'firstThreeQuartersValue',
  'firstThreeQuartersGrowth',
];

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
