/**
 * What a lagging indicator still needs, in words with units, from the evaluation's
 * requiredAnnualGrowth / requiredAnnualChange (DOMAIN.md「Mid-term judgments」: the average annual
 * growth required over the remaining years): 「研发经费支出2023—2025年需年均增长12.9%，方可实现
 * 35亿元的规划目标」.
 */
import { describeTarget, formatQualified } from '../domain/describeTarget';
import type { Indicator } from '../domain/indicator';
import type { ReviewedEvaluation } from '../evaluation/applyOverride';
import { changeStyleOf } from '../evaluation/incrementRule';
import {
  decimalsOf,
  formatAsWritten,
  formatChange,
  formatNumber,
  formatPeriod,
} from '../lib/formatNumber';
import { coversKinds } from '../lib/exhaustive';

/** The sentence (without the final stop) saying what the indicator needs to reach its target. */
export function requiredEffortText(
  indicator: Indicator,
  evaluation: ReviewedEvaluation,
  plan: { readonly baseYear: number; readonly targetYear: number },
): string {
  const need = requiredPace(indicator, evaluation);
  const target = targetPhrase(indicator, evaluation, plan);
  if (need !== null && evaluation.dataYear !== null && evaluation.dataYear < plan.targetYear) {
    const period = formatPeriod(evaluation.dataYear + 1, plan.targetYear);
    return `${indicator.name}${period}需${need}，方可实现${target}的规划目标`;
  }
  switch (indicator.target.kind) {
    case 'judgment':
      return `${indicator.name}需加大推进力度，确保完成规划目标`;
    case 'ceiling':
    case 'floor':
    case 'keepStable':
    case 'structure':
    case 'relational':
      return `${indicator.name}需确保${describeTarget(indicator)}`;
    default:
      coversKinds(indicator.target.kind, [
        'levelWithGrowth',
        'level',
        'growthRate',
        'cumulativeChange',
        'cumulativeReduction',
      ]);
      return `${indicator.name}需加快进度，确保实现${target}的规划目标`;
  }
}

/** 年均增长12.9% / 年均提高1.65个百分点 / 年均增加0.20年, or null when none applies. */
export function requiredPace(indicator: Indicator, evaluation: ReviewedEvaluation): string | null {
  const growth = evaluation.requiredAnnualGrowth;
  if (growth !== null && Number.isFinite(growth)) {
    return `年均${formatChange(growth, { kind: 'growth' })}`;
  }
  const change = evaluation.requiredAnnualChange;
  if (change === null || !Number.isFinite(change) || !isTowardTarget(indicator, change))
    return null;
  // As precise as the base, at least one decimal and at most two (0.20年, 1.65个百分点, 0.3件).
  const baseDecimals = indicator.base.value === null ? 1 : decimalsOf(indicator.base.value);
  const decimals = Math.min(2, Math.max(1, baseDecimals));
  return `年均${formatChange(change, changeStyleOf(indicator, decimals))}`;
}

/**
 * A required change pointing away from the planned direction would tell the evaluator to make
 * things worse; it only arises when the target is already passed, so no pace is worded then.
 */
function isTowardTarget(indicator: Indicator, change: number): boolean {
  const target = indicator.target;
  const plannedSign =
    target.kind === 'cumulativeChange'
      ? Math.sign(target.change.min || target.change.max)
      : indicator.direction === 'lowerIsBetter'
        ? -1
        : 1;
  return plannedSign === 0 || Math.sign(change) === plannedSign;
}

/** The target as the report names it: 35亿元, 2021—2025年年均增长8%左右, 提高0.7年（10.66年）. */
export function targetPhrase(
  indicator: Indicator,
  evaluation: ReviewedEvaluation,
  plan: { readonly baseYear: number; readonly targetYear: number },
): string {
  const adjusted = evaluation.baseRevision?.adjustedTarget ?? null;
  if (adjusted !== null)
    return `${formatNumber(adjusted, Math.min(2, decimalsOf(adjusted)))}${indicator.unit}`;
  const target = indicator.target;
  switch (target.kind) {
    case 'levelWithGrowth':
      return target.targetValue === null
        ? `年均增长${formatQualified(target.annualGrowth, '%')}`
        : `${formatAsWritten(target.targetValue)}${indicator.unit}`;
    case 'level':
      return `${formatAsWritten(target.targetValue.value)}${indicator.unit}`;
    case 'growthRate':
      return `${formatPeriod(plan.baseYear + 1, plan.targetYear)}年均增长${formatQualified(target.annualGrowth, '%')}`;
    case 'cumulativeChange':
      return target.targetValue === null
        ? describeTarget(indicator)
        : `${formatAsWritten(target.targetValue)}${indicator.unit}`;
    default:
      coversKinds(target.kind, [
        'cumulativeReduction',
        'ceiling',
        'floor',
        'keepStable',
        'structure',
        'relational',
        'judgment',
      ]);
      return describeTarget(indicator);
  }
}
