/**
 * Level indicators with a planned annual growth rate (GDP 957.14 → 1200, 7 左右).
 * DOMAIN.md「What kinds of target there are」: on track when actual ≥ base·(1+r)^(y−base), i.e.
 * when the average actual growth keeps up with r; official real growth is preferred when entered.
 */
import type { LevelWithGrowthTarget, Qualifier } from '../domain/target';
import { formatChange, formatPeriod, formatYear } from '../lib/formatNumber';
import { latestYear } from './actualIndex';
import { classifyProgress, EPSILON } from './classifyVerdict';
import {
  annualGrowthText,
  derivedDecimals,
  levelText,
  planLevelText,
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
import { priceBasisOfIndicator } from './priceBasis';
import { growthPace } from './forecastPace';
import type { KindInput, KindOutcome } from './kindOutcome';
import { isBinding, makeOutcome, missingOutcome, NO_NUMBERS, timeProgressOf } from './kindOutcome';
import { growthSourceText, levelWithGrowthRule } from './levelWithGrowthText';

type Input = KindInput<LevelWithGrowthTarget>;

/** Evaluates a levelWithGrowth target; see the file comment for the rule. */
export function evaluateLevelWithGrowth(input: Input): KindOutcome {
  const { series, frame, base } = input;
  const rule = levelWithGrowthRule(
    input.indicator,
    input.target.annualGrowth.qualifier === 'about',
    frame,
  );
  const levelYear = latestYear(series.value, frame.baseYear + 1, frame.year);
  const levelReading =
    levelYear === null
      ? null
      : readLevelGrowth(base, series.value.get(levelYear) ?? null, levelYear, frame);
  const rateReading = readAnnualRates(series.growth, frame, false);
  // Official growth (comparable prices) wins over growth from current-price levels unless the
  // levels reach a later year; the published average since the base year comes first.
  const official = laterReading(readOfficialAverage(series.averageGrowth, frame), rateReading);
  if (priceBasisOfIndicator(input.indicator) === 'comparable') {
    return evaluateComparable(input, official, levelReading, levelYear, rule);
  }
  const reading = laterReading(official, levelReading);
  if (!reading) return missingOutcome(input, describeMissing(input, levelYear), rule);
  return measure(input, reading, levelReading, rule, GROWTH_BASIS);
}

/**
 * GDP and value added (priceBasis.ts): the growth target is real, the level nominal (issue 12,
 * item 7). The growth target is judged on real growth; without it, the level is judged against
 * the target level, nominal against nominal; a nominal gain is never divided by a real rate.
 */
function evaluateComparable(
  input: Input,
  real: GrowthReading | null,
  levelReading: GrowthReading | null,
  levelYear: number | null,
  rule: string,
): KindOutcome {
  const levelBasis = levelBasisOf(input);
  const levelIsLater =
    levelReading !== null && (real === null || levelReading.toYear > real.toYear);
  if (levelBasis !== null && levelReading !== null && levelIsLater) {
    return measure(input, levelReading, levelReading, rule, levelBasis);
  }
  if (real) return measure(input, real, levelReading, rule, GROWTH_BASIS);
  const period = formatPeriod(input.frame.baseYear + 1, input.frame.year);
  const what =
    levelReading === null
      ? describeMissing(input, levelYear)
      : `缺少${period}可比价增速（现价水平值推算的增速不能与按可比价计算的增速目标相比，规划也未给出目标值）`;
  return missingOutcome(input, what, rule);
}

/** What the growth of a reading is compared with: the plan's rate, or the target level's. */
type Basis =
  | { readonly kind: 'growth' }
  | { readonly kind: 'level'; readonly rate: number; readonly goal: number; readonly base: number };

const GROWTH_BASIS: Basis = { kind: 'growth' };

/** The growth from the base to the target level, when the plan gives both (nominal to nominal). */
function levelBasisOf(input: Input): Basis | null {
  const goal = input.target.targetValue;
  const { base, frame } = input;
  if (goal === null || base === null) return null;
  const rate = annualGrowth(base, goal, frame.targetYear - frame.baseYear);
  return rate === null || rate === 0 ? null : { kind: 'level', rate, goal, base };
}

/** The planned rate R is measured against. */
function plannedRateOf(input: Input, basis: Basis): number {
  return basis.kind === 'level' ? basis.rate : input.target.annualGrowth.value;
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

function compute(input: Input, reading: GrowthReading, basis: Basis): Computed {
  const { target, base, series, frame } = input;
  const rate = plannedRateOf(input, basis);
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

function numbersOf(input: Input, reading: GrowthReading, c: Computed, basis: Basis): NumberUsed[] {
  const { base, frame, target } = input;
  const numbers: NumberUsed[] = [];
  if (base !== null) numbers.push({ label: '基期值', value: base, year: frame.baseYear });
  if (c.actual !== null) numbers.push({ label: '实际值', value: c.actual, year: c.year });
  if (c.expected !== null) numbers.push({ label: '预期进度值', value: c.expected, year: c.year });
  numbers.push({ label: '规划年均增速', value: target.annualGrowth.value });
  if (basis.kind === 'level') numbers.push({ label: '目标值所需年均增速', value: basis.rate });
  numbers.push({
    label: basis.kind === 'level' ? '现价年均增速' : '实际年均增速',
    value: reading.average,
  });
  if (c.goal !== null) numbers.push({ label: '目标值', value: c.goal, year: frame.targetYear });
  return numbers;
}

function measure(
  input: Input,
  reading: GrowthReading,
  levelReading: GrowthReading | null,
  rule: string,
  basis: Basis,
): KindOutcome {
  const { indicator, target, frame } = input;
  const c = compute(input, reading, basis);
  const byGrowth = basis.kind === 'growth';
  const verdict = classifyProgress(
    {
      ratio: c.ratio,
      reached: c.hasReached,
      reachedEarly: frame.mode === 'final' && reachedBefore(input, c.year),
      withinBand: byGrowth && withinBand(input, reading.average),
      isFloorTarget: byGrowth && isFloorQualifier(target.annualGrowth.qualifier),
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
      taskProgress: taskProgressOf(c, timeProgressOf(frame, c.year)),
      progressRatio: c.ratio,
      projectedTargetValue:
        c.actual === null ? null : compound(c.actual, pace, frame.targetYear - c.year),
      requiredAnnualGrowth: c.required,
      targetLevel: c.goal,
      pace: growthPace(plannedRateOf(input, basis) < 0 ? -1 : 1, pace, c.required, c.hasReached),
      missing: reading.missing.length > 0 ? `缺少${reading.missing.join('、')}年增速` : null,
      numbers: frame.explains ? numbersOf(input, reading, c, basis) : NO_NUMBERS,
      explanation: frame.explains ? explain(input, c, reading, verdict, basis) : '',
    },
    frame,
  );
}

function isFloorQualifier(qualifier: Qualifier): boolean {
  return qualifier === 'atLeast' || qualifier === 'greaterThan';
}

/**
 * Progress along the planned growth path: R × time progress, so the table's 任务进度, the
 * sentence's percentage and R are one figure (issue 12, item 6: 107.6% beside R ≥ 120% and
 * three different GDP figures were the contradiction to remove).
 */
function taskProgressOf(c: Computed, timeProgress: number): number | null {
  return c.ratio === null ? null : c.ratio * timeProgress;
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

function explain(
  input: Input,
  c: Computed,
  reading: GrowthReading,
  verdict: string,
  basis: Basis,
): string {
  const { indicator, frame } = input;
  const { actual, goal, ratio, required } = c;
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
  const tail = remainingGrowthText(
    frame,
    year,
    required,
    goalText,
    needPriceText(input, reading, basis),
  );
  const goalClause = frame.mode === 'final' && goal !== null ? `，目标为${goalText}` : '';
  const growthSource =
    basis.kind === 'level' ? '（按现价水平值计算）' : growthSourceText(indicator, reading.source);
  const growthPeriod = actual !== null ? `，${period}` : goalClause ? '，' : '';
  // A single year's growth is not an average (issue 12, item 10).
  const growth =
    reading.fromYear === reading.toYear
      ? formatChange(reading.average, { kind: 'growth' })
      : annualGrowthText(reading.average);
  const against =
    basis.kind === 'level'
      ? `按基期值${planLevelText(basis.base, indicator)}、目标值${goalText}推算的规划${annualGrowthText(basis.rate)}（未录入可比价增速，按现价水平值评价）`
      : `规划${plannedText(input)}`;
  return `${head}${goalClause}${growthPeriod}${growth}${growthSource}${ratioText(ratio, against)}，${verdict}${tail}。`;
}

/**
 * 「按现价」 before the growth still needed, when the verdict quoted a real (comparable-price)
 * rate: the need is that of the current-price target level (issue 12 item 7).
 */
function needPriceText(input: Input, reading: GrowthReading, basis: Basis): string {
  const isRealBeside =
    basis.kind === 'growth' &&
    reading.source !== 'levels' &&
    priceBasisOfIndicator(input.indicator) === 'comparable';
  return isRealBeside ? '按现价' : '';
}
