import { asPlanId, makeIndicatorId, type PlanId } from '../../shared/domain/ids';
import type { Plan } from '../../shared/domain/plan';
import type { PlanBundle } from '../../shared/domain/planBundle';
import { buildEditedIndicator } from '../../shared/importers/buildEditedIndicator';
import type { ActualValueRow } from '../../shared/domain/storedRows';

const CATEGORIES = ['综合质效', '创新驱动', '协调发展', '绿色生态', '开放合作', '民生福祉'];

/**
 * A large plan for robustness tests: `count` level indicators (亿元, base 100 + i, target 150 + i)
 * in six categories, and — when `years` is given — a plausible value for every indicator-year
 * (5 % growth a year from the base).
 */
export function makeSyntheticBundle(
  count: number,
  years: readonly number[] = [],
  planId: PlanId = asPlanId('synthetic'),
): PlanBundle & { readonly actualValues: readonly ActualValueRow[] } {
  const plan: Plan = {
    id: planId,
    name: `大型测试规划（${count} 项指标）`,
    region: '测试市',
    level: '市',
    periodLabel: '十四五',
    baseYear: 2020,
    targetYear: 2025,
    tableKind: 'main',
    notes: [],
    origin: { type: 'pasted' },
  };
  const indicators = Array.from({ length: count }, (_, index) =>
    buildEditedIndicator(
      {
        id: makeIndicatorId(planId, index + 1),
        order: index + 1,
        category: CATEGORIES[index % CATEGORIES.length]!,
        rawName: `测试指标${index + 1}（亿元）`,
        baseRaw: String(100 + index),
        targetRaw: String(150 + index),
        growthRaw: '',
        attribute: '预期性',
        direction: null,
        departments: [],
        remarks: '',
      },
      plan,
    ),
  );
  const actualValues = indicators.flatMap((indicator, index) =>
    years.map((year) => syntheticValue(planId, indicator.id, year, 100 + index)),
  );
  return { plan, indicators, actualValues, officialAssessments: [] };
}

/** The value of indicator-year: base grown 5 % a year, rounded to 0.01. */
export function syntheticValue(
  planId: PlanId,
  indicatorId: ActualValueRow['indicatorId'],
  year: number,
  base: number,
): ActualValueRow {
  const value = Math.round(base * 1.05 ** (year - 2020) * 100) / 100;
  return {
    indicatorId,
    planId,
    year,
    measure: 'value',
    value,
    status: '年报数',
    source: '',
    note: '',
  };
}
