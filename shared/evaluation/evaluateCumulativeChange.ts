/**
 * Five-year cumulative changes `[2.2]`, `[-0.05]`, `[18-22]`. DOMAIN.md「What kinds of target
 * there are」: actual − base vs Δ·(y−base)/(T−base), the direction from the sign. Plans write
 * `[ ]` as 「五年累计提高或下降数」, so an unsigned change on a lower-is-better indicator (城乡收入比
 * 2.19 → 2.14, `[0.05]`) is a fall; a target level, when given, settles the direction. Where no
 * level-based change can be computed (no base or no level actual), a published achieved change
 * (measure `cumulativeChange`, a completion table's `[64334]`) is used instead.
 */
import type { Indicator } from '../domain/indicator';
import type { CumulativeChangeTarget } from '../domain/target';
import { formatYear } from '../lib/formatNumber';
import { isFlowName } from '../parsing/indicatorNameTraits';
import { plannedChangeDirection } from '../parsing/plannedChangeDirection';
import { latestYear } from './actualIndex';
import { evaluateAchievedChange, readAchievedChange } from './achievedChangeRule';
import { targetLevelText } from './explainText';
import { evaluateFlow } from './flowRule';
import type { PlannedIncrement } from './incrementRule';
import { evaluateIncrement, plannedIncrementText } from './incrementRule';
import type { KindInput, KindOutcome } from './kindOutcome';
import { isBinding, missingOutcome } from './kindOutcome';
import { onceForRun, ratioRuleText } from './ruleText';

type Input = KindInput<CumulativeChangeTarget>;

/** The sign of the planned change: +1 up, −1 down. */
export function changeDirection(
  target: CumulativeChangeTarget,
  planBase: number | null,
  indicator: Indicator,
): 1 | -1 {
  return plannedChangeDirection(target.change, target.targetValue, planBase, indicator.direction);
}

/**
 * The planned increment, signed; for a range the nearer edge must be met. Its wording is read only
 * when the frame explains (decision 0046): a run that does not explain never reads it.
 */
export function plannedIncrementOf(input: Input): PlannedIncrement {
  const { target, planBase, indicator } = input;
  const direction = changeDirection(target, planBase, indicator);
  const near = Math.min(Math.abs(target.change.min), Math.abs(target.change.max));
  const far = Math.max(Math.abs(target.change.min), Math.abs(target.change.max));
  const required = direction * near;
  const upper = direction * far;
  const isApproximate = target.change.qualifier === 'about';
  if (!input.frame.explains) return { required, upper, isApproximate, targetText: '' };
  const base = input.base;
  const planned = plannedIncrementText(indicator, { required, upper, isApproximate });
  return {
    required,
    upper,
    isApproximate,
    targetText:
      base === null
        ? planned
        : `${planned}（${targetLevelText(base + required, indicator, [planBase, base])}）`,
    plannedText: planned,
  };
}

/** Evaluates a cumulative change against the pro-rata share of the five-year change. */
export function evaluateCumulativeChange(input: Input): KindOutcome {
  const rule = ruleOf(input);
  const { base, series, frame, indicator } = input;
  if (isFlowName(indicator.name)) return evaluateFlow(input, rule);
  const hasLevel = latestYear(series.value, frame.baseYear + 1, frame.year) !== null;
  if (base === null || !hasLevel) {
    // No level-based change: the published achieved change (completion tables) stands in.
    const achieved = readAchievedChange(input);
    if (achieved) return evaluateAchievedChange(input, plannedIncrementOf(input), rule, achieved);
  }
  if (base === null) {
    return missingOutcome(input, `缺少${formatYear(frame.baseYear)}基期值`, rule);
  }
  return evaluateIncrement(input, plannedIncrementOf(input), rule);
}

const RULE_KEYS = [
  'cumulativeChange:00',
  'cumulativeChange:01',
  'cumulativeChange:10',
  'cumulativeChange:11',
];

/** The rule text, built once per run for each of its four variants. */
function ruleOf(input: Input): string {
  const isRange = input.target.change.min !== input.target.change.max;
  const binding = isBinding(input.indicator);
  const key = RULE_KEYS[(binding ? 2 : 0) + (isRange ? 1 : 0)] ?? '';
  return onceForRun(input.frame, key, () =>
    ratioRuleText(
      `累计变化指标：实际累计变化（实际值−基期值）与按时间进度应完成的规划累计变化相比${isRange ? '；区间目标以较近一端为达标线' : ''}`,
      input.frame,
      binding,
    ),
  );
}
