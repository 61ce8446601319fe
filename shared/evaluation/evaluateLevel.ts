/**
 * Level targets without a growth rate (base → target). DOMAIN.md「What kinds of target there
 * are」: interpolate compound for totals, linear for shares and ratios in %.
 */
import type { LevelTarget } from '../domain/target';
import { formatChange, formatPeriod, formatYear } from '../lib/formatNumber';
import { latestYear } from './actualIndex';
import { classifyProgress } from './classifyVerdict';
import {
  annualGrowthText,
  derivedDecimals,
  levelText,
  planLevelText,
  ratioText,
  remainingGrowthText,
} from './explainText';
import { annualGrowth, progressRatio } from './growthMath';
import { evaluateIncrement } from './incrementRule';
import { evaluateLevelWithoutBase } from './levelWithoutBase';
import { growthPace } from './forecastPace';
import type { KindInput, KindOutcome } from './kindOutcome';
import { isBinding, makeOutcome, missingOutcome, NO_NUMBERS, timeProgressOf } from './kindOutcome';
import { onceForRun, ratioRuleText } from './ruleText';

type Input = KindInput<LevelTarget>;

/** Run-wide keys of the linear rule text: binding or not, fallen back from compound or not. */
const LINEAR_RULE_KEYS = [
  'level:linear:00',
  'level:linear:01',
  'level:linear:10',
  'level:linear:11',
];

/** Evaluates a level target; compound needs positive base and target, else linear is used. */
export function evaluateLevel(input: Input): KindOutcome {
  const { target, base } = input;
  const goal = target.targetValue.value;
  const isCompound =
    target.interpolation === 'compound' && base !== null && base > 0 && goal > 0 && goal !== base;
  if (isCompound) return evaluateCompound(input, base);
  const binding = isBinding(input.indicator);
  const fallsBack = target.interpolation === 'compound';
  const rule = onceForRun(
    input.frame,
    LINEAR_RULE_KEYS[(binding ? 2 : 0) + (fallsBack ? 1 : 0)] ?? '',
    () =>
      ratioRuleText(
        `水平指标按线性插值评价：实际增量与按时间进度应完成的规划增量相比${fallsBack ? '（基期值缺失、为0或等于目标值，改用线性）' : ''}`,
        input.frame,
        binding,
      ),
  );
  if (base === null) return evaluateLevelWithoutBase(input, rule);
  return evaluateIncrement(
    input,
    {
      required: goal - base,
      upper: goal - base,
      isApproximate: target.targetValue.qualifier === 'about',
      targetText: input.frame.explains ? planLevelText(goal, input.indicator) : '',
    },
    rule,
  );
}

function evaluateCompound(input: Input, base: number): KindOutcome {
  const { indicator, target, series, frame } = input;
  const binding = isBinding(indicator);
  const rule = onceForRun(frame, binding ? 'level:compound:1' : 'level:compound:0', () =>
    ratioRuleText(
      '水平指标按复合增速插值评价：实际年均增速与实现目标所需的年均增速相比',
      frame,
      binding,
    ),
  );
  const year = latestYear(series.value, frame.baseYear + 1, frame.year);
  if (year === null) {
    return missingOutcome(input, `缺少${formatPeriod(frame.baseYear + 1, frame.year)}实际值`, rule);
  }
  const goal = target.targetValue.value;
  const actual = series.value.get(year) ?? base;
  const span = frame.targetYear - frame.baseYear;
  const plannedGrowth = annualGrowth(base, goal, span) ?? 0;
  const actualGrowth = annualGrowth(base, actual, year - frame.baseYear);
  const ratio = actualGrowth === null ? null : progressRatio(actualGrowth, plannedGrowth);
  const direction = goal < base ? -1 : 1;
  const band = target.targetValue.qualifier === 'about' ? frame.settings.about.levelRelative : 0;
  const hasReached = direction * (actual - goal) >= -band * Math.abs(goal);
  const verdict = classifyProgress(
    {
      ratio,
      reached: hasReached,
      reachedEarly: frame.mode === 'final' && reachedBefore(input, year),
      isLevelJudged: true,
    },
    frame,
    binding,
  );
  const expected = base * (goal / base) ** ((year - frame.baseYear) / span);
  const remaining = frame.targetYear - year;
  const required = remaining > 0 ? annualGrowth(actual, goal, remaining) : null;
  const explain = (): string => {
    const decimals = derivedDecimals(actual);
    const goalText = planLevelText(goal, indicator);
    const head = `${formatYear(year)}${indicator.name}为${levelText(actual, decimals, indicator)}`;
    const growth = growthSoFarText(frame.baseYear, year, actualGrowth);
    return hasReached && frame.mode === 'midterm'
      ? `${head}，已达到${goalText}的目标，提前实现。`
      : `${head}${growth}${ratioText(ratio, `由${planLevelText(base, indicator)}到${goalText}所需的规划${annualGrowthText(plannedGrowth)}`)}，${verdict}${frame.mode === 'midterm' ? remainingGrowthText(frame, year, required, goalText) : ''}。`;
  };
  return makeOutcome(
    {
      verdict,
      rule,
      dataYear: year,
      timeProgress: timeProgressOf(frame, year),
      expected,
      taskProgress: ratio === null ? null : ratio * timeProgressOf(frame, year),
      progressRatio: ratio,
      projectedTargetValue:
        actualGrowth === null ? null : actual * (1 + actualGrowth / 100) ** remaining,
      requiredAnnualGrowth: required,
      targetLevel: goal,
      pace: growthPace(direction, actualGrowth, required, hasReached),
      numbers: frame.explains
        ? [
            { label: '基期值', value: base, year: frame.baseYear },
            { label: '实际值', value: actual, year },
            { label: '预期进度值', value: expected, year },
            { label: '目标值', value: goal, year: frame.targetYear },
          ]
        : NO_NUMBERS,
      explanation: frame.explains ? explain() : '',
    },
    frame,
  );
}

function reachedBefore(input: Input, year: number): boolean {
  const goal = input.target.targetValue.value;
  const direction = input.base !== null && goal < input.base ? -1 : 1;
  for (let y = input.frame.baseYear + 1; y < Math.min(year, input.frame.targetYear); y += 1) {
    const value = input.series.value.get(y);
    if (value !== undefined && direction * (value - goal) >= 0) return true;
  }
  return false;
}

/**
 * 「，2021—2022年年均增长7.4%」: the growth the verdict compares (issue 12, item 6: the sentence
 * prints R, the ratio judged); a single year's growth is not an average (item 10).
 */
function growthSoFarText(baseYear: number, year: number, growth: number | null): string {
  if (growth === null) return '';
  const rate =
    year === baseYear + 1 ? formatChange(growth, { kind: 'growth' }) : annualGrowthText(growth);
  return `，${formatPeriod(baseYear + 1, year)}${rate}`;
}
