/**
 * Texts of the indicator detail: the numbers the verdict was computed from and what the remaining
 * years need (DOMAIN.md「Mid-term judgments」: see why, and what is still needed).
 */
import type { Indicator } from '../../../../shared/domain/indicator';
import type { Plan } from '../../../../shared/domain/plan';
import type {
  IndicatorEvaluation,
  NumberUsed,
} from '../../../../shared/evaluation/indicatorEvaluation';
import {
  decimalsOf,
  formatChange,
  formatNumber,
  formatPeriod,
  formatYear,
} from '../../../../shared/lib/formatNumber';

/** A number used, as a label and a value with its unit: 「实际值（2022年）」「1192.1亿元」. */
export type NumberUsedText = { readonly label: string; readonly value: string };

/** Rates and reductions are in %, whatever the indicator's unit (labels from shared/evaluation). */
const PERCENT_LABEL = /增速|降幅/;

/** Formats a number used by the rule with at most two decimals and its unit. */
export function numberUsedText(
  number: NumberUsed,
  indicator: Pick<Indicator, 'unit'>,
): NumberUsedText {
  const label =
    number.year === undefined ? number.label : `${number.label}（${formatYear(number.year)}）`;
  const isPercent = PERCENT_LABEL.test(number.label);
  const isPoints = !isPercent && indicator.unit === '%' && number.label.includes('变化');
  const unit = isPercent ? '%' : isPoints ? '个百分点' : indicator.unit;
  const decimals = Math.min(2, decimalsOf(number.value));
  return { label, value: `${formatNumber(number.value, decimals)}${unit}` };
}

/**
 * 「2023—2025年需年均增长0.2%」 or 「…需年均提高0.54个百分点」; null when nothing is computed (the
 * target year is reached, or the kind is judged year by year).
 */
export function remainingNeedText(
  evaluation: Pick<
    IndicatorEvaluation,
    'dataYear' | 'requiredAnnualGrowth' | 'requiredAnnualChange'
  >,
  indicator: Pick<Indicator, 'unit' | 'base'>,
  plan: Pick<Plan, 'targetYear'>,
): string | null {
  const { dataYear, requiredAnnualGrowth, requiredAnnualChange } = evaluation;
  if (dataYear === null || dataYear >= plan.targetYear) return null;
  const period = formatPeriod(dataYear + 1, plan.targetYear);
  if (requiredAnnualGrowth !== null) {
    return `${period}需年均${formatChange(requiredAnnualGrowth, { kind: 'growth' })}`;
  }
  if (requiredAnnualChange !== null) {
    const decimals = Math.min(2, Math.max(1, decimalsOf(indicator.base.value ?? 0)));
    const change =
      indicator.unit === '%'
        ? formatChange(requiredAnnualChange, { kind: 'points', decimals })
        : formatChange(requiredAnnualChange, { kind: 'amount', unit: indicator.unit, decimals });
    return `${period}需年均${change}`;
  }
  return null;
}
