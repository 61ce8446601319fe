// Synthetic data for the in-browser benchmarks: plans built from a real seed table, one value per
// indicator and plan year, and the tables of a database holding them. Pure: the caller reads the
// seed and passes the time.
import type { BackupTables } from '../../shared/backup/backupFormat';
import { asIndicatorId, asPlanId } from '../../shared/domain/ids';
import type { Indicator } from '../../shared/domain/indicator';
import { planYears } from '../../shared/domain/plan';
import type { PlanBundle } from '../../shared/domain/planBundle';
import type { ActualValueRow, ChangeLogRow, PlanRow } from '../../shared/domain/storedRows';

/** The name the benchmark's change-log entries are written by (also set as 填报人). */
export const BENCH_USER = '基准测试';

/** The department that 「fills」 the benchmark's templates (the values' source). */
export const BENCH_DEPARTMENT = '市统计局';

/** One benchmark plan with its indicators. */
export type BenchPlan = { readonly plan: PlanRow; readonly indicators: readonly Indicator[] };

/**
 * A plan of `indicatorCount` indicators: the seed's rows repeated in order (so every target kind
 * of a real table is in the mix), each with its own id and a numbered name.
 */
export function makeBenchPlan(
  seed: PlanBundle,
  planNumber: number,
  indicatorCount: number,
  now: Date,
): BenchPlan {
  const planId = asPlanId(`bench-${String(planNumber).padStart(2, '0')}`);
  const at = now.toISOString();
  const plan: PlanRow = {
    ...seed.plan,
    id: planId,
    name: `基准测试市第十四个五年规划（第 ${planNumber} 份，${indicatorCount} 项指标）`,
    region: '基准测试市',
    origin: { type: 'empty' },
    createdAt: at,
    updatedAt: at,
  };
  const indicators = Array.from({ length: indicatorCount }, (_, index): Indicator => {
    const row = seed.indicators[index % seed.indicators.length]!;
    const order = index + 1;
    return {
      ...row,
      id: asIndicatorId(`${planId}/${String(order).padStart(5, '0')}`),
      planId,
      order,
      name: `${row.name}（${order}）`,
      departments: [BENCH_DEPARTMENT],
    };
  });
  return { plan, indicators };
}

/**
 * One 年报数 value per indicator and plan year (base year excluded): the base value grown by 5 %
 * a year, or a small number when the plan gives no base value.
 */
export function makeBenchActuals({ plan, indicators }: BenchPlan): ActualValueRow[] {
  const years = planYears(plan);
  return indicators.flatMap((indicator, index) =>
    years.map((year): ActualValueRow => {
      const base = indicator.base.value ?? (index % 97) + 1;
      return {
        indicatorId: indicator.id,
        planId: plan.id,
        year,
        measure: 'value',
        value: Math.round(base * 1.05 ** (year - plan.baseYear) * 100) / 100,
        status: '年报数',
        source: BENCH_DEPARTMENT,
        note: '',
      };
    }),
  );
}

/**
 * The change log of plans created empty: one 「新建规划」 row each. The values' own entries (one per
 * value, as an import writes them) are left out: they would double the rows to restore (see
 * scripts/README.md).
 */
export function makeBenchChangeLog(plans: readonly BenchPlan[], now: Date): ChangeLogRow[] {
  return plans.map(({ plan, indicators }, index): ChangeLogRow => ({
    id: `bench-log-plan-${index + 1}`,
    at: now.toISOString(),
    user: BENCH_USER,
    planId: plan.id,
    indicatorId: null,
    action: '新建规划',
    origin: { type: 'system' },
    before: null,
    after: JSON.stringify({ name: plan.name, indicators: indicators.length, actualValues: 0 }),
  }));
}

/** What goes into a benchmark database. */
export type BenchTablesInput = {
  readonly plans: readonly BenchPlan[];
  readonly actuals: readonly ActualValueRow[];
  readonly changeLog: readonly ChangeLogRow[];
  readonly now: Date;
};

/**
 * Every table of a database holding the plans, values and log, with 填报人 set (so no write asks
 * for a name) and the built-in plans marked installed (so a reload does not add them again).
 */
export function makeBenchTables({
  plans,
  actuals,
  changeLog,
  now,
}: BenchTablesInput): BackupTables {
  return {
    plans: plans.map((entry) => entry.plan),
    indicators: plans.flatMap((entry) => entry.indicators),
    actualValues: actuals,
    officialAssessments: [],
    changeLog,
    settings: [{ key: 'userName', value: BENCH_USER }],
    meta: [{ key: 'builtinPlansInstalled', value: now.toISOString() }],
    verdictOverrides: [],
    reportSections: [],
    workItemLists: [],
    workItems: [],
    workItemProgress: [],
    workItemChangeLog: [],
    followUps: [],
  };
}
