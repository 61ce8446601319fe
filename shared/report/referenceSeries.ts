/**
 * Reference series for comparisons (issue 14「Comparisons」, REAL-REPORTS.md: 「高于全省平均水平2.1个
 * 百分点」「居全国16位」): the values of the same indicators in the province or the nation (a plan of
 * a higher level, its values entered or imported), or in the districts of a city. Indicators are
 * matched on their names (brackets, spaces and 「增速/增长」 wording aside) and units.
 */
import type { ActualValue, Measure } from '../domain/actualValue';
import type { Indicator } from '../domain/indicator';
import type { Plan, PlanLevel } from '../domain/plan';
import { assertNever } from '../lib/exhaustive';

/**
 * How a series stands to the plan being evaluated: `higher` (the province above a city: 高于全省),
 * `peer` (another unit of the same level: ranked together), `lower` (a district of this city:
 * shown side by side).
 */
export type ReferenceRole = 'higher' | 'peer' | 'lower';

/** One value of a reference indicator. */
export type ReferencePoint = {
  /** Matching key of the indicator (matchKey). */
  readonly key: string;
  readonly name: string;
  readonly unit: string;
  readonly year: number;
  readonly measure: Measure;
  readonly value: number;
};

/** A region's values. */
export type ReferenceSeries = {
  /** The region (江西省, 昌江区). */
  readonly region: string;
  readonly role: ReferenceRole;
  /** How the report names it: 全省, 全国, 全市 for a higher level; the region otherwise. */
  readonly label: string;
  readonly points: readonly ReferencePoint[];
};

const LEVEL_RANK: Readonly<Record<PlanLevel, number>> = {
  国家: 4,
  省: 3,
  市: 2,
  区县: 1,
  其他: 0,
};

/** The role of `other` seen from `own`; plans of unknown level count as peers. */
export function roleOf(own: PlanLevel, other: PlanLevel): ReferenceRole {
  const a = LEVEL_RANK[own];
  const b = LEVEL_RANK[other];
  if (a === 0 || b === 0 || a === b) return 'peer';
  return b > a ? 'higher' : 'lower';
}

/** 全国, 全省, 全市, 全区/全县 (from the region's last character), or the region itself. */
export function labelOf(plan: Pick<Plan, 'region' | 'level'>, role: ReferenceRole): string {
  if (role !== 'higher') return plan.region;
  switch (plan.level) {
    case '国家':
      return '全国';
    case '省':
      return '全省';
    case '市':
      return '全市';
    case '区县':
      return plan.region.endsWith('县') ? '全县' : '全区';
    case '其他':
      return plan.region;
    default:
      return assertNever(plan.level);
  }
}

/**
 * The key indicators are matched on, with the unit: the name without brackets and spaces, 增长率
 * read as 增速 and a trailing GDP dropped, so 「地区生产总值（GDP）」 and 「地区生产总值GDP」 match.
 */
export function matchKey(name: string, unit: string): string {
  const bare = name
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/\s+/g, '')
    .replace(/增长率$/, '增速')
    .replace(/GDP$/, '');
  return `${bare}|${unit.trim()}`;
}

/** A plan with its values as a reference series, its role and label seen from `own`. */
export function seriesFromPlan(
  own: Pick<Plan, 'level'>,
  reference: {
    readonly plan: Plan;
    readonly indicators: readonly Indicator[];
    readonly actualValues: readonly ActualValue[];
  },
): ReferenceSeries {
  const role = roleOf(own.level, reference.plan.level);
  const byId = new Map(
    reference.indicators.map((indicator) => [indicator.id as string, indicator]),
  );
  const points: ReferencePoint[] = [];
  for (const value of reference.actualValues) {
    const indicator = byId.get(value.indicatorId);
    if (!indicator) continue;
    points.push({
      key: matchKey(indicator.name, indicator.unit),
      name: indicator.name,
      unit: indicator.unit,
      year: value.year,
      measure: value.measure,
      value: value.value,
    });
  }
  return { region: reference.plan.region, role, label: labelOf(reference.plan, role), points };
}
