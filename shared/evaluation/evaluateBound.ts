/**
 * Bounds that must hold every year: ceilings (城镇登记失业率 `4.5 以内`, `<5.5`), floors (`>6.5`,
 * `96 以上`) and 保持稳定 (not below the base, with a small tolerance). DOMAIN.md「What kinds of
 * target there are」. A bound written with 左右 gets the 左右 band.
 */
import { shownUnit } from './shownUnit';
import type { CeilingTarget, FloorTarget, KeepStableTarget } from '../domain/target';
import { formatAsWritten, formatPeriod, formatYear } from '../lib/formatNumber';
import { classifyCondition } from './classifyVerdict';
import { derivedDecimals, levelText } from './explainText';
import type { KindInput, KindOutcome } from './kindOutcome';
import { isBinding, makeOutcome, missingOutcome, NO_NUMBERS, timeProgressOf } from './kindOutcome';
import { conditionRuleText, onceForRun, ratioRuleText } from './ruleText';
import { missingYears } from './actualIndex';
import { evaluateIncrement } from './incrementRule';

/** A bound to check: upper or lower, its limit with slack, and how to word it. */
type Bound = {
  readonly isUpper: boolean;
  readonly limit: number;
  /** Inclusive limit after the 左右 band or the keep-stable tolerance. */
  readonly threshold: number;
  readonly inclusive: boolean;
  /** 「4.5%以内」, 「不低于10.99亿斤」. */
  readonly wording: string;
};

function slack(input: KindInput<CeilingTarget | FloorTarget>, limit: number): number {
  if (!input.target.isApproximate) return 0;
  const { about } = input.frame.settings;
  return input.indicator.unit === '%' ? about.ratePoints : about.levelRelative * Math.abs(limit);
}

/** Evaluates a ceiling (以内) or a floor (以上). */
export function evaluateCeilingOrFloor(input: KindInput<CeilingTarget | FloorTarget>): KindOutcome {
  const { target, indicator } = input;
  const isUpper = target.kind === 'ceiling';
  const extra = slack(input, target.limit);
  const limitText = `${formatAsWritten(target.limit)}${shownUnit(indicator)}`;
  const wording = isUpper
    ? `${target.inclusive ? `${limitText}以内` : `低于${limitText}`}${target.isApproximate ? '左右' : ''}`
    : `${target.inclusive ? `不低于${limitText}` : `高于${limitText}`}${target.isApproximate ? '左右' : ''}`;
  const threshold = isUpper ? target.limit + extra : target.limit - extra;
  const asGoal = boundAsGoal(input, isUpper, threshold, wording);
  if (asGoal) return asGoal;
  return checkBound(
    input,
    {
      isUpper,
      limit: target.limit,
      threshold,
      inclusive: target.inclusive || extra > 0,
      wording,
    },
    conditionRuleText(`${isUpper ? '上限' : '下限'}指标（${wording}）`, input.frame),
  );
}

/**
 * A floor the base is below (森林覆盖率 61.2% → 2030年 `≥62`), or a ceiling it is above, cannot be
 * a rule every year keeps: the plan sets it as the level to reach by the target year. Judged as the
 * way from the base to the limit, linearly, like a level target (docs/evaluation-method.md).
 */
function boundAsGoal(
  input: KindInput<CeilingTarget | FloorTarget>,
  isUpper: boolean,
  threshold: number,
  wording: string,
): KindOutcome | null {
  const { base, target, frame } = input;
  if (base === null || base === target.limit) return null;
  if (isUpper ? base <= threshold : base >= threshold) return null;
  const binding = isBinding(input.indicator);
  const rule = onceForRun(frame, binding ? 'bound:goal:1' : 'bound:goal:0', () =>
    ratioRuleText(
      '基期值尚未达到的上限或下限视为目标年应达到的水平，按线性插值评价：实际增量与按时间进度应完成的增量相比',
      frame,
      binding,
    ),
  );
  const required = target.limit - base;
  const targetText = `“${wording}”`;
  return evaluateIncrement(
    input,
    { required, upper: required, isApproximate: target.isApproximate, targetText },
    rule,
  );
}

/** Evaluates 保持稳定: not below the base (or the level the plan names), with a tolerance. */
export function evaluateKeepStable(input: KindInput<KeepStableTarget>): KindOutcome {
  const { target, indicator, frame, base } = input;
  const reference = target.reference?.value ?? base;
  const { keepStable, about } = frame.settings;
  let tolerance = isBinding(indicator) ? keepStable.bindingTolerance : keepStable.tolerance;
  if (target.reference?.qualifier === 'about') tolerance = Math.max(tolerance, about.levelRelative);
  const rule = conditionRuleText(
    `保持稳定：不${indicator.direction === 'lowerIsBetter' ? '高于' : '低于'}${target.reference ? '规划给定水平' : '基期值'}（容差${formatAsWritten(tolerance * 100)}%）`,
    frame,
  );
  if (reference === null)
    return missingOutcome(input, `缺少${formatYear(frame.baseYear)}基期值`, rule);
  const isUpper = indicator.direction === 'lowerIsBetter';
  const referenceText = `${formatAsWritten(reference)}${shownUnit(indicator)}`;
  return checkBound(
    input,
    {
      isUpper,
      limit: reference,
      threshold: isUpper ? reference * (1 + tolerance) : reference * (1 - tolerance),
      inclusive: true,
      wording: `${isUpper ? '不高于' : '不低于'}${target.reference ? '' : '基期'}${referenceText}`,
    },
    rule,
  );
}

function meets(bound: Bound, value: number): boolean {
  const difference = bound.isUpper ? bound.threshold - value : value - bound.threshold;
  return bound.inclusive ? difference >= -1e-9 : difference > 1e-9;
}

function checkBound(
  input: KindInput<CeilingTarget | FloorTarget | KeepStableTarget>,
  bound: Bound,
  rule: string,
): KindOutcome {
  const { series, frame, indicator } = input;
  // The years of the period with a value, in order (a scan of the period: no sort, no copies).
  const values: YearValue[] = [];
  for (let year = frame.baseYear + 1; year <= frame.year; year += 1) {
    const value = series.value.get(year);
    if (value !== undefined) values.push({ year, value });
  }
  const last = values[values.length - 1]?.year;
  if (last === undefined) {
    return missingOutcome(input, `缺少${formatPeriod(frame.baseYear + 1, frame.year)}实际值`, rule);
  }
  const breaches = values.filter((entry) => !meets(bound, entry.value));
  const lastValue = values[values.length - 1]?.value ?? 0;
  const verdict = classifyCondition(
    { allYearsMet: breaches.length === 0, lastYearMet: meets(bound, lastValue) },
    frame,
    isBinding(indicator),
  );
  const gaps = missingYears(series.value, frame.baseYear + 1, last);
  return makeOutcome(
    {
      verdict,
      rule,
      dataYear: last,
      timeProgress: timeProgressOf(frame, last),
      expected: bound.limit,
      numbers: frame.explains
        ? [
            { label: '界限值', value: bound.limit },
            ...values.map((entry) => ({ label: '实际值', year: entry.year, value: entry.value })),
          ]
        : NO_NUMBERS,
      missing: gaps.length > 0 ? `缺少${gaps.join('、')}年实际值` : null,
      explanation: frame.explains ? explainBound(input, bound, values, breaches, verdict) : '',
    },
    frame,
  );
}

type YearValue = { readonly year: number; readonly value: number };

/** 「2021—2023年…分别为…，均符合“4.5%以内”的要求，符合预期。」 */
function explainBound(
  input: KindInput<CeilingTarget | FloorTarget | KeepStableTarget>,
  bound: Bound,
  values: readonly YearValue[],
  breaches: readonly YearValue[],
  verdict: string,
): string {
  const { indicator } = input;
  let decimals = -Infinity;
  for (const entry of values) decimals = Math.max(decimals, derivedDecimals(entry.value));
  const listed = values.map((entry) => levelText(entry.value, decimals, indicator)).join('、');
  const breachText = breaches
    .map((entry) => `${formatYear(entry.year)}为${levelText(entry.value, decimals, indicator)}`)
    .join('、');
  const first = values[0]?.year ?? 0;
  const last = values[values.length - 1]?.year ?? 0;
  const head = `${formatPeriod(first, last)}${indicator.name}${values.length > 1 ? '分别为' : '为'}${listed}`;
  const judged =
    breaches.length === 0
      ? `${values.length > 1 ? '均' : ''}符合“${bound.wording}”的要求`
      : values.length === 1
        ? `未达到“${bound.wording}”的要求`
        : `其中${breachText}未达到“${bound.wording}”的要求`;
  return `${head}，${judged}，${verdict}。`;
}
