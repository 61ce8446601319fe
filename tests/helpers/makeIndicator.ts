/**
 * Test builders for indicators, plans and actual values (STYLE.md「Tests」: builders with
 * overrides, typed with `satisfies`).
 */
import type { ActualValue, Measure } from '../../shared/domain/actualValue';
import { asIndicatorId, asPlanId } from '../../shared/domain/ids';
import type { BaseValue, Indicator } from '../../shared/domain/indicator';
import type { Plan } from '../../shared/domain/plan';
import { DEFAULT_EVALUATION_SETTINGS } from '../../shared/evaluation/evaluationSettings';
import { evaluateIndicator } from '../../shared/evaluation/evaluateIndicator';
import type {
  EvaluationContext,
  IndicatorEvaluation,
} from '../../shared/evaluation/indicatorEvaluation';

/** A 14th-plan style plan (2020 → 2025). */
export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: asPlanId('test-plan'),
    name: '测试市国民经济和社会发展第十四个五年规划',
    region: '测试市',
    level: '市',
    periodLabel: '十四五',
    baseYear: 2020,
    targetYear: 2025,
    tableKind: 'main',
    notes: [],
    origin: { type: 'empty' },
    ...overrides,
  } satisfies Plan;
}

/** A base value of 2020; pass `value: null` for `--`. */
export function makeBase(value: number | null, overrides: Partial<BaseValue> = {}): BaseValue {
  return {
    value,
    year: 2020,
    isEstimate: true,
    isOtherYear: false,
    isPeriodAverage: false,
    isApproximate: false,
    ...overrides,
  } satisfies BaseValue;
}

/** An indicator; by default 景德镇's GDP row (957.14 → 1200, 7 左右, 预期性). */
export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: asIndicatorId('test-plan/001'),
    planId: asPlanId('test-plan'),
    order: 1,
    category: '综合质效',
    name: '地区生产总值（GDP）',
    unit: '亿元',
    baseRaw: '957.14',
    targetRaw: '1200',
    growthRaw: '7 左右',
    base: makeBase(957.14),
    target: {
      kind: 'levelWithGrowth',
      targetValue: 1200,
      annualGrowth: { value: 7, qualifier: 'about' },
    },
    attribute: '预期性',
    direction: 'higherIsBetter',
    departments: [],
    remarks: '',
    warnings: [],
    ...overrides,
  } satisfies Indicator;
}

/** An actual value (核实数 by default). */
export function makeActual(
  indicatorId: string,
  year: number,
  value: number,
  measure: Measure = 'value',
  overrides: Partial<ActualValue> = {},
): ActualValue {
  return {
    indicatorId: asIndicatorId(indicatorId),
    year,
    measure,
    value,
    status: '核实数',
    source: '测试',
    note: '',
    ...overrides,
  } satisfies ActualValue;
}

/** A mid-term context for 2022 with the default settings. */
export function makeContext(overrides: Partial<EvaluationContext> = {}): EvaluationContext {
  return {
    plan: makePlan(),
    year: 2022,
    mode: 'midterm',
    settings: DEFAULT_EVALUATION_SETTINGS,
    ...overrides,
  } satisfies EvaluationContext;
}

/** The default settings with the strict end-of-term reading (docs/evaluation-method.md「四」). */
export const STRICT_SETTINGS = {
  ...DEFAULT_EVALUATION_SETTINGS,
  final: { ...DEFAULT_EVALUATION_SETTINGS.final, reading: 'strict' as const },
};

/** A value row for `evaluateWith`: [year, value] or [year, value, 'growth']. */
export type ValueRow = readonly [number, number] | readonly [number, number, Measure];

/** Evaluates an indicator with actuals given as rows, in a context built by makeContext. */
export function evaluateWith(
  indicator: Indicator,
  rows: readonly ValueRow[],
  context: Partial<EvaluationContext> = {},
  extra: readonly ActualValue[] = [],
): IndicatorEvaluation {
  const actuals = rows.map(([year, value, measure]) =>
    makeActual(indicator.id, year, value, measure ?? 'value'),
  );
  return evaluateIndicator(indicator, [...actuals, ...extra], makeContext(context));
}
