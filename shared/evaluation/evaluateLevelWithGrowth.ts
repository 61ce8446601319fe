/**
 * Level indicators with a planned annual growth rate (GDP 957.14 → 1200, 7 左右).
 * DOMAIN.md「What kinds of target there are」: on track when actual ≥ base·(1+r)^(y−base), i.e.
 * when the average actual growth keeps up with r; official real growth is preferred when entered.
 */
import type { LevelWithGrowthTarget, Qualifier } from '../domain/target';
import { formatPeriod, formatRatioPercent, formatYear } from '../lib/formatNumber';
import { latestYear } from './actualIndex';
import { classifyProgress, EPSILON } from './classifyVerdict';
import {
  annualGrowthText,
  derivedDecimals,
  levelText,
  qualifiedText,
  ratioText,
  remainingGrowthText,
  targetLevelText,
} from './explainText';
import { annualGrowth, compound, progressRatio } from './growthMath';
import type { GrowthReading } from './growthReading';
import {
  laterReading,
  readAnnualRates,
  readLevelGrowth,
  readOfficialAverage,
} from './growthReading';
import type { NumberUsed } from './indicatorEvaluation';
import type { KindInput, KindOutcome } from './kindOutcome';
import { isBinding, makeOutcome, missingOutcome, timeProgressOf } from './kindOutcome';
import { aboutRateText, onceForRun, ratioRuleText } from './ruleText';

type Input = KindInput<LevelWithGrowthTarget>;

/** Evaluates a levelWithGrowth target; see the file comment for the rule. */
export function evaluateLevelWithGrowth(input: Input): KindOutcome {
  const { series, frame, base } = input;
  const rule = ruleOf(input);
  const levelYear = latestYear(series.value, frame.baseYear + 1, frame.year);
  const levelReading =
    levelYear === null
      ? null
      : readLevelGrowth(base, series.value.get(levelYear) ?? null, levelYear, frame);
  const rateReading = readAnnualRates(series.growth, frame, false);
  // Official growth (comparable prices) wins over growth from current-price levels unless the
  // levels reach a later year; the published average since the base year comes first.
  const official = laterReading(readOfficialAverage(series.averageGrowth, frame), rateReading);
  const reading = laterReading(official, levelReading);
  if (!reading) return missingOutcome(input, describeMissing(input, levelYear), rule);
  return measure(input, reading, levelReading, rule);
}

function describeMissing(input: Input, levelYear: number | null): string {
  const { frame, base } = input;
  const period = formatPeriod(frame.baseYear + 1, frame.year);
  if (levelYear === null) return `缺少${period}实际值（水平值或增速）`;
  if (base === null) return `缺少${formatYear(frame.baseYear)}基期值，且${period}增速不全`;
  return `基期值为${base}，无法计算年均增速，且${period}增速不全`;
}

/** The numbers of a levelWithGrowth reading, before the verdict. */
type Computed = {
  readonly year: number;
  readonly actual: number | null;
  readonly goal: number | null;
  readonly expected: number | null;
  readonly ratio: number | null;
  readonly hasReached: boolean;
  readonly required: number | null;
};

function compute(input: Input, reading: GrowthReading): Computed {
  const { target, base, series, frame } = input;
  const rate = target.annualGrowth.value;
  const year = reading.toYear;
  const remaining = frame.targetYear - year;
  const actual = series.value.get(year) ?? null;
  const span = frame.targetYear - frame.baseYear;
  const goal = target.targetValue ?? (base === null ? null : compound(base, rate, span));
  const direction = rate < 0 ? -1 : 1;
  const explicit = target.targetValue;
  return {
    year,
    actual,
    goal,
    expected: base === null ? null : compound(base, rate, year - frame.baseYear),
    ratio: progressRatio(reading.average, rate),
    hasReached: actual !== null && explicit !== null && direction * (actual - explicit) >= 0,
    required:
      actual !== null && goal !== null && remaining > 0
        ? annualGrowth(actual, goal, remaining)
        : null,
  };
}

function numbersOf(input: Input, reading: GrowthReading, c: Computed): NumberUsed[] {
  const { base, frame, target } = input;
  const numbers: NumberUsed[] = [];
  if (base !== null) numbers.push({ label: '基期值', value: base, year: frame.baseYear });
  if (c.actual !== null) numbers.push({ label: '实际值', value: c.actual, year: c.year });
  if (c.expected !== null) numbers.push({ label: '预期进度值', value: c.expected, year: c.year });
  numbers.push({ label: '规划年均增速', value: target.annualGrowth.value });
  numbers.push({ label: '实际年均增速', value: reading.average });
  if (c.goal !== null) numbers.push({ label: '目标值', value: c.goal, year: frame.targetYear });
  return numbers;
}

function measure(
  input: Input,
  reading: GrowthReading,
  levelReading: GrowthReading | null,
  rule: string,
): KindOutcome {
  const { indicator, target, base, frame } = input;
  const c = compute(input, reading);
  const verdict = classifyProgress(
    {
      ratio: c.ratio,
      reached: c.hasReached,
      reachedEarly: frame.mode === 'final' && reachedBefore(input, c.year),
      withinBand: withinBand(input, reading.average),
      isFloorTarget: isFloorQualifier(target.annualGrowth.qualifier),
      // Totals are judged on the level reached against the target level (issue 12, item 16).
      isLevelJudged: c.actual !== null && target.targetValue !== null,
    },
    frame,
    isBinding(indicator),
  );
  const pace = (levelReading?.toYear === c.year ? levelReading.average : null) ?? reading.average;
  return makeOutcome(
    {
      verdict,
      rule,
      dataYear: c.year,
      timeProgress: timeProgressOf(frame, c.year),
      expected: c.expected,
      taskProgress: taskProgressOf(c, base),
      progressRatio: c.ratio,
      projectedTargetValue:
        c.actual === null ? null : compound(c.actual, pace, frame.targetYear - c.year),
      requiredAnnualGrowth: c.required,
      targetLevel: c.goal,
      missing: reading.missing.length > 0 ? `缺少${reading.missing.join('、')}年增速` : null,
      numbers: numbersOf(input, reading, c),
      explanation: explain(input, c, reading, verdict),
    },
    frame,
  );
}

function isFloorQualifier(qualifier: Qualifier): boolean {
  return qualifier === 'atLeast' || qualifier === 'greaterThan';
}

/** (actual − base)/(target − base), or null when one is missing or target equals base. */
function taskProgressOf(c: Computed, base: number | null): number | null {
  if (c.actual === null || base === null || c.goal === null || c.goal === base) return null;
  return (c.actual - base) / (c.goal - base);
}

function withinBand(input: Input, average: number): boolean {
  const { annualGrowth: planned } = input.target;
  if (planned.qualifier !== 'about') return false;
  const direction = planned.value < 0 ? -1 : 1;
  return direction * (average - planned.value) >= -input.frame.settings.about.ratePoints - EPSILON;
}

function reachedBefore(input: Input, year: number): boolean {
  const goal = input.target.targetValue;
  if (goal === null) return false;
  const direction = input.target.annualGrowth.value < 0 ? -1 : 1;
  for (let y = input.frame.baseYear + 1; y < Math.min(year, input.frame.targetYear); y += 1) {
    const value = input.series.value.get(y);
    if (value !== undefined && direction * (value - goal) >= 0) return true;
  }
  return false;
}

function plannedText(input: Input): string {
  const planned = input.target.annualGrowth;
  return planned.value < 0
    ? `年均下降${qualifiedText({ ...planned, value: -planned.value })}`
    : `年均增长${qualifiedText(planned)}`;
}

function explain(input: Input, c: Computed, reading: GrowthReading, verdict: string): string {
  const { indicator, frame } = input;
  const { actual, expected, goal, ratio, required } = c;
  const year = c.year;
  const decimals = derivedDecimals(actual ?? input.base ?? 0);
  const goalText =
    goal === null ? '' : targetLevelText(goal, indicator, [input.planBase, input.base]);
  const period = formatPeriod(reading.fromYear, year);
  const head =
    actual === null
      ? `${period}${indicator.name}`
      : `${formatYear(year)}${indicator.name}为${levelText(actual, decimals, indicator)}`;
  if (c.hasReached && frame.mode === 'midterm') {
    return `${head}，已达到${goalText}的目标，${verdict}。`;
  }
  const tail = remainingGrowthText(frame, year, required, goalText);
  if (
    reading.source === 'levels' &&
    expected !== null &&
    actual !== null &&
    frame.mode === 'midterm'
  ) {
    const expectedText = levelText(expected, decimals, indicator);
    return `${head}，按${plannedText(input)}的预期进度应达${expectedText}，完成预期进度的${formatRatioPercent(actual / expected)}，${verdict}${tail}。`;
  }
  const goalClause = frame.mode === 'final' && goal !== null ? `，目标为${goalText}` : '';
  const growthSource = GROWTH_SOURCE_TEXT[reading.source];
  const growthPeriod = actual !== null ? `，${period}` : goalClause ? '，' : '';
  return `${head}${goalClause}${growthPeriod}${annualGrowthText(reading.average)}${growthSource}${ratioText(ratio, `规划${plannedText(input)}`)}，${verdict}${tail}。`;
}

/** How the explanation names the source of the growth rate it quotes. */
const GROWTH_SOURCE_TEXT: Readonly<Record<GrowthReading['source'], string>> = {
  levels: '',
  annualRates: '（按可比价计算的实际增速）',
  periodAverage: '（按可比价计算的实际增速）',
  official: '（官方公布，可比价）',
};

const RULE_KEYS = [
  'levelWithGrowth:00',
  'levelWithGrowth:01',
  'levelWithGrowth:10',
  'levelWithGrowth:11',
];

function ruleOf(input: Input): string {
  const isAbout = input.target.annualGrowth.qualifier === 'about';
  const binding = isBinding(input.indicator);
  const key = RULE_KEYS[(binding ? 2 : 0) + (isAbout ? 1 : 0)] ?? '';
  return onceForRun(input.frame, key, () =>
    ratioRuleText(
      '总量指标按年均增速评价：R=实际年均增速÷规划年均增速（Eurostat方法），有可比价增速时优先采用',
      input.frame,
      binding,
      isAbout ? aboutRateText(input.frame) : '',
    ),
  );
}
