/**
 * Actual values indexed once by indicator, measure and year, so a plan of 10,000 indicators is
 * evaluated without scanning the whole list per indicator.
 */
import type { ActualValue, Measure, ValueStatus } from '../domain/actualValue';
import { MEASURES, VALUE_STATUSES } from '../domain/actualValue';
import { IdTable } from './idTable';
import { YearValues } from './yearValues';

/**
 * Values of one indicator by measure and year (see `Measure` in shared/domain/actualValue.ts):
 * levels, one-year growth rates, official average growth since the base year, and achieved
 * cumulative change since the base year.
 */
export type IndicatorSeries = {
  readonly value: ReadonlyMap<number, number>;
  readonly growth: ReadonlyMap<number, number>;
  readonly averageGrowth: ReadonlyMap<number, number>;
  readonly cumulativeChange: ReadonlyMap<number, number>;
  /** Levels and growth of 上半年 and 前三季度 (used at a mid-year cut-off, cutOff.ts). */
  readonly firstHalfValue: ReadonlyMap<number, number>;
  readonly firstHalfGrowth: ReadonlyMap<number, number>;
  readonly firstThreeQuartersValue: ReadonlyMap<number, number>;
  readonly firstThreeQuartersGrowth: ReadonlyMap<number, number>;
};

/**
 * Where each indicator's actuals are in the list: its chain number, the position of each chain's
 * first value and, for each position, the next one of the same indicator (−1 at the end). A run
 * keeps the index alive, so it holds no object per indicator: a table of ids and two arrays of
 * positions. The series themselves are built when an indicator is evaluated (`seriesOf`) and die
 * young; a series per indicator kept for the whole run was copied by every young-generation
 * collection, which took about as long as the evaluation itself.
 */
export type ActualIndex = {
  readonly actuals: readonly ActualValue[];
  readonly chains: IdTable;
  readonly first: Int32Array;
  readonly next: Int32Array;
};

const NO_VALUES: ReadonlyMap<number, number> = new Map();

const EMPTY_SERIES: IndicatorSeries = {
  value: NO_VALUES,
  growth: NO_VALUES,
  averageGrowth: NO_VALUES,
  cumulativeChange: NO_VALUES,
  firstHalfValue: NO_VALUES,
  firstHalfGrowth: NO_VALUES,
  firstThreeQuartersValue: NO_VALUES,
  firstThreeQuartersGrowth: NO_VALUES,
};

const STATUS_RANK = Object.fromEntries(
  VALUE_STATUSES.map((status, rank) => [status, rank]),
) as Record<ValueStatus, number>;

const MEASURE_SLOT = Object.fromEntries(MEASURES.map((measure, slot) => [measure, slot])) as Record<
  Measure,
  number
>;

/**
 * A series being built. Ranks matter only when one indicator, measure and year get several
 * values, so while every value of the series has one status (the usual case) only that rank is
 * kept; the map of ranks (keyed by year·(number of measures) + the measure's slot) is made on the
 * first value with another status.
 */
type Building = { -readonly [M in Measure]: ReadonlyMap<number, number> } & {
  /** The status rank shared by every value so far, while `ranks` is null. */
  sharedRank: number;
  ranks: Map<number, number> | null;
};

function newSeries(rank: number): Building {
  return {
    value: new YearValues(),
    growth: NO_VALUES,
    averageGrowth: NO_VALUES,
    cumulativeChange: NO_VALUES,
    firstHalfValue: NO_VALUES,
    firstHalfGrowth: NO_VALUES,
    firstThreeQuartersValue: NO_VALUES,
    firstThreeQuartersGrowth: NO_VALUES,
    sharedRank: rank,
    ranks: null,
  };
}

/** Ranks of every value present, once values of different statuses meet in one series. */
function rankMapOf(series: Building): Map<number, number> {
  const ranks = new Map<number, number>();
  for (const measure of MEASURES) {
    const key = MEASURE_SLOT[measure];
    for (const year of series[measure].keys()) {
      ranks.set(year * MEASURES.length + key, series.sharedRank);
    }
  }
  return ranks;
}

/** Chains the actuals of each indicator in one pass, leaving out values that are not finite. */
export function indexActuals(actuals: readonly ActualValue[]): ActualIndex {
  const runs = runsOf(actuals);
  const index: ActualIndex = {
    actuals,
    chains: new IdTable(runs),
    first: new Int32Array(runs),
    next: new Int32Array(actuals.length).fill(-1),
  };
  chainAll(index, new Int32Array(runs));
  return index;
}

/**
 * The pass itself, alone in its function: V8 compiles this loop while it runs, and code after it
 * in the same function, never run by then, sent the compiled loop back to the interpreter on
 * every run. `last` holds the last position of each chain.
 */
function chainAll(index: ActualIndex, last: Int32Array): void {
  const { actuals, chains, first, next } = index;
  // Actuals usually come grouped by indicator: remember the last chain to skip most lookups.
  let lastId: string | null = null;
  let chain = -1;
  for (let at = 0; at < actuals.length; at += 1) {
    const actual = actuals[at]!;
    if (!Number.isFinite(actual.value)) continue;
    if (actual.indicatorId !== lastId) {
      lastId = actual.indicatorId;
      const known = chains.ids.length;
      chain = chains.add(lastId);
      if (chain === known) {
        first[chain] = at;
        last[chain] = at;
        continue;
      }
    }
    next[last[chain]!] = at;
    last[chain] = at;
  }
}

/** How many runs of one id the list has: the most indicators it can hold (grouped, one each). */
function runsOf(actuals: readonly ActualValue[]): number {
  let runs = 0;
  let lastId: string | null = null;
  for (const actual of actuals) {
    if (actual.indicatorId !== lastId) runs += 1;
    lastId = actual.indicatorId;
  }
  return runs;
}

/**
 * The series of one indicator (empty when it has no actuals), built from its chain. When several
 * values exist for one measure and year, the most final status wins (核实数 over 年报数 over 快报数
 * over 预计数); among equals, the later one. Series other than levels are created only for
 * indicators that have such values (yearValues.ts).
 */
export function seriesOf(index: ActualIndex, indicatorId: string): IndicatorSeries {
  const chain = index.chains.numberOf(indicatorId);
  if (chain < 0) return EMPTY_SERIES;
  const { actuals, next } = index;
  let at = index.first[chain]!;
  const series = newSeries(STATUS_RANK[actuals[at]!.status]);
  for (; at >= 0; at = next[at]!) {
    const actual = actuals[at]!;
    const slot = MEASURE_SLOT[actual.measure];
    if (slot === undefined) continue;
    const rank = STATUS_RANK[actual.status];
    if (series.ranks === null && rank !== series.sharedRank) series.ranks = rankMapOf(series);
    // With one status throughout, a later value always wins and there is no rank to compare.
    if (series.ranks !== null) {
      const key = actual.year * MEASURES.length + slot;
      const previous = series.ranks.get(key);
      if (previous !== undefined && rank < previous) continue;
      series.ranks.set(key, rank);
    }
    let values = series[actual.measure];
    if (values === NO_VALUES) {
      values = new YearValues();
      series[actual.measure] = values;
    }
    (values as YearValues).set(actual.year, actual.value);
  }
  return series;
}

/** The latest year in `from..to` with a value in `values`, or null. */
export function latestYear(
  values: ReadonlyMap<number, number>,
  from: number,
  to: number,
): number | null {
  for (let year = to; year >= from; year -= 1) if (values.has(year)) return year;
  return null;
}

/** Years in `from..to` missing from `values`. */
export function missingYears(
  values: ReadonlyMap<number, number>,
  from: number,
  to: number,
): number[] {
  const missing: number[] = [];
  for (let year = from; year <= to; year += 1) if (!values.has(year)) missing.push(year);
  return missing;
}
