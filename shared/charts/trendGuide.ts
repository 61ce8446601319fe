/**
 * What an indicator's trend chart draws besides its actuals: the expected path from base to target
 * (level kinds) or the planned rate or bound as a level line (rate and bound kinds). The path is
 * the engine's (DOMAIN.md「What kinds of target there are」): compound growth at the planned rate
 * for 年均增长, compound or linear interpolation for a level target, pro-rata for 累计变化; a
 * revised base carries the target over the way the evaluation did (「Revisions and base breaks」).
 */
import { describeTarget, formatQualified } from '../domain/describeTarget';
import type { Indicator } from '../domain/indicator';
import type { Plan } from '../domain/plan';
import type { LevelWithGrowthTarget, QualifiedNumber, Target } from '../domain/target';
import { KINDS_WITHOUT_LEVEL_PATH } from '../domain/target';
import { coversKinds } from '../lib/exhaustive';
import { carryTarget } from '../evaluation/baseRevision';
import { changeDirection } from '../evaluation/evaluateCumulativeChange';
import { annualGrowth, compound } from '../evaluation/growthMath';
import { formatPercent } from '../lib/formatNumber';
import { priceBasisOfIndicator } from '../evaluation/priceBasis';
import type { IndicatorEvaluation } from '../evaluation/indicatorEvaluation';

/** A point of the chart: a year and a value in the indicator's unit. */
export type TrendPoint = { readonly year: number; readonly value: number };

/** The expected path of a level indicator, with its base and target. */
export type ExpectedPath = {
  readonly kind: 'path';
  /** Legend text, e.g. 「预期进度（年均增长7%左右）」. */
  readonly label: string;
  /** One point per year from the base year to the target year. */
  readonly points: readonly TrendPoint[];
  readonly base: TrendPoint;
  /** Whether the base is an actual value replacing the plan's estimate. */
  readonly isBaseRevised: boolean;
  readonly target: TrendPoint;
};

/** A level held every year: a planned growth rate, a ceiling or floor, a level to keep. */
export type ReferenceLine = {
  readonly kind: 'line';
  /** Legend text, e.g. 「规划增速（7%左右）」. */
  readonly label: string;
  readonly value: number;
  /** The base as a level (not a previous period's average rate such as `[7.66]`), or null. */
  readonly base: TrendPoint | null;
  readonly isBaseRevised: boolean;
};

/** What the trend chart draws for a target, or null for kinds it cannot draw. */
export type TrendGuide = ExpectedPath | ReferenceLine;

/** What trendGuide needs: the plan's years, the indicator, and the evaluation's base revision. */
export type TrendGuideInput = {
  readonly plan: Pick<Plan, 'baseYear' | 'targetYear'>;
  readonly indicator: Indicator;
  readonly evaluation: Pick<IndicatorEvaluation, 'baseRevision'>;
};

/**
 * The guide of an indicator. Paths: levelWithGrowth, level, cumulativeChange (they need a base).
 * Lines: growthRate, ceiling, floor, keepStable. Null for cumulativeReduction, structure,
 * relational and judgment (no single level to draw), and for a path without a base.
 */
export function trendGuide(input: TrendGuideInput): TrendGuide | null {
  const { indicator, evaluation, plan } = input;
  const revision = evaluation.baseRevision;
  const planBase = indicator.base.isPeriodAverage ? null : indicator.base.value;
  const base = revision?.revisedBase ?? planBase;
  const span = plan.targetYear - plan.baseYear;
  const target = revision
    ? carryTarget(indicator.target, planBase, revision.revisedBase, revision.carryOver, span)
    : indicator.target;
  const line = referenceLine(target, indicator, base);
  if (line !== undefined) {
    return (
      line && {
        ...line,
        base: base === null ? null : { year: plan.baseYear, value: base },
        isBaseRevised: revision !== null,
      }
    );
  }
  if (base === null || span <= 0) return null;
  const path = pathOf(target, indicator, planBase, base, span);
  if (!path) return null;
  return {
    kind: 'path',
    label: path.label,
    points: Array.from({ length: span + 1 }, (_, t) => ({
      year: plan.baseYear + t,
      value: path.at(t),
    })),
    base: { year: plan.baseYear, value: base },
    isBaseRevised: revision !== null,
    target: { year: plan.targetYear, value: path.goal },
  };
}

/** A path: its value t years after the base year, and the target it aims at. */
type Path = { readonly label: string; readonly goal: number; readonly at: (t: number) => number };

function pathOf(
  target: Target,
  indicator: Indicator,
  planBase: number | null,
  base: number,
  span: number,
): Path | null {
  switch (target.kind) {
    case 'levelWithGrowth': {
      const toGoal = comparableLevelPath(target, indicator, base, span);
      if (toGoal) return toGoal;
      // Otherwise the engine's expected value is base·(1+r)^t, whatever target level the plan
      // also gives.
      const rate = target.annualGrowth.value;
      const at = (t: number) => compound(base, rate, t);
      return {
        label: `预期进度（${rateText(target.annualGrowth)}）`,
        goal: target.targetValue ?? at(span),
        at,
      };
    }
    case 'level': {
      const goal = target.targetValue.value;
      const isCompound =
        target.interpolation === 'compound' && base > 0 && goal > 0 && goal !== base;
      return {
        label: isCompound ? '预期进度（按复合增长插值）' : '预期进度（按线性插值）',
        goal,
        at: isCompound
          ? (t) => base * (goal / base) ** (t / span)
          : (t) => base + ((goal - base) * t) / span,
      };
    }
    case 'cumulativeChange': {
      // For a range the nearer edge must be met, as in evaluateCumulativeChange.
      const near = Math.min(Math.abs(target.change.min), Math.abs(target.change.max));
      const required = changeDirection(target, planBase, indicator) * near;
      return {
        label: `预期进度（${describeTarget({ ...indicator, target })}）`,
        goal: base + required,
        at: (t) => base + (required * t) / span,
      };
    }
    default:
      coversKinds(target.kind, KINDS_WITHOUT_LEVEL_PATH);
      return null;
  }
}

/**
 * GDP and value added (priceBasis.ts): the chart shows current-price levels while the growth rate
 * is real, so the path runs from the base to the target level at the growth that level needs, as
 * the engine judges the level (issue 12, item 7; 景德镇: 957.14 → 1200 is 4.6 % a year, not 7 %).
 */
function comparableLevelPath(
  target: LevelWithGrowthTarget,
  indicator: Indicator,
  base: number,
  span: number,
): Path | null {
  const goal = target.targetValue;
  if (goal === null || priceBasisOfIndicator(indicator) !== 'comparable') return null;
  const rate = annualGrowth(base, goal, span);
  if (rate === null || rate === 0) return null;
  return {
    label: `预期进度（按目标值推算，年均增长${formatPercent(rate)}）`,
    goal,
    at: (t) => compound(base, rate, t),
  };
}

/** The level line of a rate or bound kind; undefined for kinds drawn as a path or not at all. */
function referenceLine(
  target: Target,
  indicator: Indicator,
  base: number | null,
): Pick<ReferenceLine, 'kind' | 'label' | 'value'> | null | undefined {
  const unit = indicator.unit;
  switch (target.kind) {
    case 'growthRate':
      return {
        kind: 'line',
        label: `规划增速（${formatQualified(target.annualGrowth, '%')}）`,
        value: target.annualGrowth.value,
      };
    case 'ceiling':
      return { kind: 'line', label: `上限（${target.limit}${unit}）`, value: target.limit };
    case 'floor':
      return { kind: 'line', label: `下限（${target.limit}${unit}）`, value: target.limit };
    case 'keepStable': {
      if (target.reference) {
        const text = formatQualified(target.reference, unit);
        return { kind: 'line', label: `保持稳定（${text}）`, value: target.reference.value };
      }
      return base === null ? null : { kind: 'line', label: '保持稳定（基期值）', value: base };
    }
    case 'levelWithGrowth':
    case 'level':
    case 'cumulativeChange':
      return undefined;
    default:
      coversKinds(target.kind, ['cumulativeReduction', 'structure', 'relational', 'judgment']);
      return null;
  }
}

/** 「年均增长7%左右」 or 「年均下降2%」. */
function rateText(rate: QualifiedNumber): string {
  return rate.value < 0
    ? `年均下降${formatQualified({ ...rate, value: -rate.value }, '%')}`
    : `年均增长${formatQualified(rate, '%')}`;
}
