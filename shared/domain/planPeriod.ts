import type { Plan } from './plan';

/** Five-year plans by ordinal (十一五 … 十五五): the plan runs from the year after its base year. */
const FIVE_YEAR_PLANS: readonly (readonly [string, number])[] = [
  ['十一五', 2005],
  ['十二五', 2010],
  ['十三五', 2015],
  ['十四五', 2020],
  ['十五五', 2025],
  ['十六五', 2030],
];

/** The five-year plan label (十四五) whose base year is `baseYear`, or null. */
export function fiveYearLabel(baseYear: number): string | null {
  return FIVE_YEAR_PLANS.find(([, year]) => year === baseYear)?.[0] ?? null;
}

/** The base year of a five-year plan label (`十四五` → 2020), or null. */
export function fiveYearBase(label: string): number | null {
  const compact = label.replace(/[“”"\s]/g, '');
  return FIVE_YEAR_PLANS.find(([name]) => compact.includes(name))?.[1] ?? null;
}

/**
 * The years a plan covers, as documents write them: 十四五 (base 2020, target 2025) is
 * 「2021—2025年」, 十三五 「2016—2020年」, an annual plan 「2024年」 (issue 11, item 7).
 */
export function periodYears(plan: Pick<Plan, 'baseYear' | 'targetYear'>): string {
  const first = plan.baseYear + 1;
  return first >= plan.targetYear ? `${plan.targetYear}年` : `${first}—${plan.targetYear}年`;
}
