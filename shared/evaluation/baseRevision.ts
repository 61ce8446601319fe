/**
 * Carrying a planned target over to a revised base. DOMAIN.md「Revisions and base breaks」: judge
 * against the revised base, say which way the target is carried over (keep the planned increment
 * or keep the planned growth rate), and show both readings when they disagree.
 */
import { shownUnit } from './shownUnit';
import type { Indicator } from '../domain/indicator';
import type { Target } from '../domain/target';
import { KINDS_WITHOUT_LEVEL_PATH } from '../domain/target';
import { coversKinds } from '../lib/exhaustive';
import { formatAsWritten, formatYear } from '../lib/formatNumber';
import { targetLevelText } from './explainText';
import { annualGrowth, compound } from './growthMath';
import type { AlternativeReading, CarryOver } from './indicatorEvaluation';

/**
 * The reading used first for a kind: growth-defined targets keep the growth rate, increment-
 * defined ones (cumulative changes, linear shares) keep the increment; null when the target does
 * not depend on the base level.
 */
export function primaryCarryOver(target: Target): CarryOver | null {
  switch (target.kind) {
    case 'levelWithGrowth':
      return 'keepGrowthRate';
    case 'level':
      return target.interpolation === 'compound' ? 'keepGrowthRate' : 'keepIncrement';
    case 'cumulativeChange':
    case 'keepStable':
      return 'keepIncrement';
    default:
      coversKinds(target.kind, [
        'growthRate',
        'cumulativeReduction',
        'ceiling',
        'floor',
        'structure',
        'relational',
        'judgment',
      ]);
      return null;
  }
}

/** The other reading, or null when only one makes sense (keep-stable, a non-positive base). */
export function otherCarryOver(target: Target, planBase: number | null): CarryOver | null {
  const primary = primaryCarryOver(target);
  if (primary === null || target.kind === 'keepStable' || planBase === null || planBase <= 0) {
    return null;
  }
  return primary === 'keepIncrement' ? 'keepGrowthRate' : 'keepIncrement';
}

/** The target carried over from the plan's base to the revised base. */
export function carryTarget(
  target: Target,
  planBase: number | null,
  revisedBase: number,
  carry: CarryOver,
  span: number,
): Target {
  if (planBase === null) return target;
  const scale = planBase > 0 ? revisedBase / planBase : 1;
  const shift = (level: number): number =>
    carry === 'keepIncrement' ? revisedBase + (level - planBase) : level * scale;
  switch (target.kind) {
    case 'levelWithGrowth': {
      if (carry === 'keepGrowthRate') {
        return {
          ...target,
          targetValue: target.targetValue === null ? null : shift(target.targetValue),
        };
      }
      const goal = shift(target.targetValue ?? compound(planBase, target.annualGrowth.value, span));
      const rate = annualGrowth(revisedBase, goal, span) ?? target.annualGrowth.value;
      return {
        ...target,
        targetValue: target.targetValue === null ? null : goal,
        annualGrowth: { ...target.annualGrowth, value: rate },
      };
    }
    case 'level':
      return {
        ...target,
        targetValue: { ...target.targetValue, value: shift(target.targetValue.value) },
      };
    case 'cumulativeChange':
      if (carry === 'keepIncrement') return target;
      return {
        ...target,
        change: {
          ...target.change,
          min: target.change.min * scale,
          max: target.change.max * scale,
        },
        targetValue: target.targetValue === null ? null : shift(target.targetValue),
      };
    default:
      coversKinds(target.kind, KINDS_WITHOUT_LEVEL_PATH);
      return target;
  }
}

const CARRY_TEXT: Record<CarryOver, string> = {
  keepIncrement: '保持规划增量',
  keepGrowthRate: '保持规划增速',
};

/**
 * The clause that makes a revision explainable in one sentence, e.g. 「基期值由规划的52.8%修订为
 * 56.96%，按保持规划增量折算目标为64.16%；」.
 */
export function revisionPrefix(
  indicator: Indicator,
  planBase: number | null,
  revisedBase: number,
  carry: CarryOver,
  adjustedTarget: number | null,
): string {
  const revised = `${formatAsWritten(revisedBase)}${shownUnit(indicator)}`;
  const other = indicator.base.isOtherYear ? `（${formatYear(indicator.base.year)}数据）` : '';
  const start =
    planBase === null
      ? `基期值采用实际值${revised}`
      : `基期值由规划的${formatAsWritten(planBase)}${shownUnit(indicator)}${other}修订为${revised}`;
  const target =
    adjustedTarget === null || planBase === null
      ? ''
      : `，按${CARRY_TEXT[carry]}折算目标为${targetLevelText(adjustedTarget, indicator, [planBase, revisedBase])}`;
  return `${start}${target}；`;
}

/** The clause for the other reading when it disagrees: 「；若按保持规划增速折算（目标…），则为快于预期」. */
export function alternativeSuffix(
  indicator: Indicator,
  planBase: number | null,
  revisedBase: number,
  alternative: AlternativeReading,
): string {
  const target =
    alternative.adjustedTarget === null
      ? ''
      : `（目标${targetLevelText(alternative.adjustedTarget, indicator, [planBase, revisedBase])}）`;
  return `；若按${CARRY_TEXT[alternative.carryOver]}折算${target}，则为${alternative.verdict}`;
}
