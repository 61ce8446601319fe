/**
 * Base breaks (DOMAIN.md「Revisions and base breaks」): a plan's base that is another year's figure
 * (`68.05*`, 带*的为2019年数据), or a first actual that jumps away from the base by more than the
 * whole planned five-year change (the 2020 census moved urbanisation rates by 3–4 points while
 * plans asked for 5–7 in five years). Such an indicator is marked 基期可能不可比 until the
 * evaluator enters a revised base (an actual value for the base year).
 */
import type { ActualValue } from '../domain/actualValue';
import type { Indicator } from '../domain/indicator';
import type { Plan } from '../domain/plan';
import type { Target } from '../domain/target';
import { KINDS_WITHOUT_LEVEL_PATH } from '../domain/target';
import { coversKinds } from '../lib/exhaustive';
import { formatAsWritten, formatUpTo, formatYear } from '../lib/formatNumber';
import { compound } from './growthMath';

/** The words used everywhere the flag is shown (grid, 评估分析, report). */
export const BASE_BREAK_LABEL = '基期可能不可比';

/** Why the base may not be comparable. */
export type BaseBreakReason =
  | { readonly kind: 'otherYear'; readonly dataYear: number }
  | {
      readonly kind: 'jump';
      /** The first year with an actual level, and that level. */
      readonly year: number;
      readonly actual: number;
      /** |actual − base| and the planned five-year change it exceeds. */
      readonly jump: number;
      readonly plannedChange: number;
    };

/** An indicator whose base may not be comparable with its actuals. */
export type BaseBreak = {
  readonly indicatorId: Indicator['id'];
  readonly reasons: readonly BaseBreakReason[];
  /** The revised base entered for the base year, or null while none is. */
  readonly revisedBase: number | null;
  /** One Chinese sentence: why, and what to do (or what was done). */
  readonly text: string;
};

/**
 * The base break of one indicator, or null. `levels` are its actual levels (measure `value`) by
 * year; a level for the base year is the revised base.
 */
export function detectBaseBreak(
  indicator: Indicator,
  levels: ReadonlyMap<number, number>,
  plan: Pick<Plan, 'baseYear' | 'targetYear'>,
): BaseBreak | null {
  const base = indicator.base;
  if (base.value === null || base.isPeriodAverage) return null;
  const reasons: BaseBreakReason[] = [];
  if (base.isOtherYear || base.year !== plan.baseYear) {
    reasons.push({ kind: 'otherYear', dataYear: base.year });
  }
  const jump = firstJump(indicator, base.value, levels, plan);
  if (jump) reasons.push(jump);
  if (reasons.length === 0) return null;
  const revisedBase = levels.get(plan.baseYear) ?? null;
  return {
    indicatorId: indicator.id,
    reasons,
    revisedBase,
    text: breakText(indicator, base.value, reasons, revisedBase, plan),
  };
}

/** The base breaks of a plan's indicators, by indicator id, in one pass over the actuals. */
export function detectBaseBreaks(
  indicators: readonly Indicator[],
  actuals: readonly Pick<ActualValue, 'indicatorId' | 'year' | 'measure' | 'value'>[],
  plan: Pick<Plan, 'baseYear' | 'targetYear'>,
): Map<string, BaseBreak> {
  const levels = new Map<string, Map<number, number>>();
  for (const actual of actuals) {
    if (actual.measure !== 'value' || !Number.isFinite(actual.value)) continue;
    let years = levels.get(actual.indicatorId);
    if (!years) levels.set(actual.indicatorId, (years = new Map()));
    years.set(actual.year, actual.value);
  }
  const breaks = new Map<string, BaseBreak>();
  for (const indicator of indicators) {
    const found = detectBaseBreak(indicator, levels.get(indicator.id) ?? new Map(), plan);
    if (found) breaks.set(indicator.id, found);
  }
  return breaks;
}

/** The change the plan asks for over the whole period, in the indicator's unit, or null. */
export function plannedChange(target: Target, base: number, span: number): number | null {
  switch (target.kind) {
    case 'levelWithGrowth': {
      const goal = target.targetValue ?? compound(base, target.annualGrowth.value, span);
      return Math.abs(goal - base);
    }
    case 'level':
      return Math.abs(target.targetValue.value - base);
    case 'cumulativeChange':
      return Math.max(Math.abs(target.change.min), Math.abs(target.change.max));
    default:
      coversKinds(target.kind, KINDS_WITHOUT_LEVEL_PATH);
      return null;
  }
}

function firstJump(
  indicator: Indicator,
  base: number,
  levels: ReadonlyMap<number, number>,
  plan: Pick<Plan, 'baseYear' | 'targetYear'>,
): BaseBreakReason | null {
  const planned = plannedChange(indicator.target, base, plan.targetYear - plan.baseYear);
  if (planned === null || planned <= 0) return null;
  for (let year = plan.baseYear + 1; year <= plan.targetYear; year += 1) {
    const actual = levels.get(year);
    if (actual === undefined) continue;
    const jump = Math.abs(actual - base);
    // A relative slack of 1e-9 keeps a jump equal to the planned change unflagged.
    return jump > planned * (1 + 1e-9)
      ? { kind: 'jump', year, actual, jump, plannedChange: planned }
      : null;
  }
  return null;
}

function breakText(
  indicator: Indicator,
  base: number,
  reasons: readonly BaseBreakReason[],
  revisedBase: number | null,
  plan: Pick<Plan, 'baseYear'>,
): string {
  const unit = indicator.unit;
  // UX.md「Numbers」: a difference of shares is in percentage points.
  const diffUnit = unit === '%' ? '个百分点' : unit;
  const why = reasons
    .map((reason) =>
      reason.kind === 'otherYear'
        ? `规划基期值${formatAsWritten(base)}${unit}为${formatYear(reason.dataYear)}数据`
        : `${formatYear(reason.year)}实际值${formatAsWritten(reason.actual)}${unit}与规划基期值${formatAsWritten(base)}${unit}相差${roundedText(reason.jump)}${diffUnit}，超过规划期全部变化量${roundedText(reason.plannedChange)}${diffUnit}`,
    )
    .join('；');
  const next =
    revisedBase === null
      ? `，请核实并录入${formatYear(plan.baseYear)}修订基期值`
      : `，已录入${formatYear(plan.baseYear)}修订基期值${formatAsWritten(revisedBase)}${unit}，按修订后基期值评价`;
  return `${indicator.name}${BASE_BREAK_LABEL}：${why}${next}。`;
}

/** A difference with at most two decimals (a difference of plan figures carries float noise). */
function roundedText(value: number): string {
  return formatUpTo(value, 2);
}
