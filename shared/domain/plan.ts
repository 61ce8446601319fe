import type { PlanId } from './ids';

/** Administrative level of the plan's region. */
export type PlanLevel = '国家' | '省' | '市' | '区县' | '其他';

/** A main table of a plan (14th-plan 主要指标) or an end-of-term completion table (完成情况表). */
export type PlanTableKind = 'main' | 'completion';

/** Where the plan came from. */
export type PlanOrigin =
  | { readonly type: 'builtin'; readonly seedKey: string }
  | { readonly type: 'pasted' }
  | { readonly type: 'file'; readonly fileName: string }
  | { readonly type: 'empty' };

/** A Five-Year Plan's indicator table with its metadata. DOMAIN.md「The main indicator table」. */
export type Plan = {
  readonly id: PlanId;
  /** Full name, e.g. 景德镇市国民经济和社会发展第十四个五年规划. */
  readonly name: string;
  /** Region, e.g. 景德镇市. */
  readonly region: string;
  readonly level: PlanLevel;
  /** Period label, e.g. 十四五. */
  readonly periodLabel: string;
  /** Base year, e.g. 2020. */
  readonly baseYear: number;
  /** Target year, e.g. 2025. */
  readonly targetYear: number;
  readonly tableKind: PlanTableKind;
  /** Notes under the table (注 / 备注), one per item, kept verbatim. */
  readonly notes: readonly string[];
  readonly origin: PlanOrigin;
};

/** Years from base year + 1 to the target year, inclusive. */
export function planYears(plan: Pick<Plan, 'baseYear' | 'targetYear'>): number[] {
  const years: number[] = [];
  for (let year = plan.baseYear + 1; year <= plan.targetYear; year += 1) years.push(year);
  return years;
}
