/**
 * Indicators that are themselves growth rates (规模以上工业增加值增速 `7 左右`), including growth
 * bounds (研发经费增长 `>7`). DOMAIN.md「What kinds of target there are」: the average of the annual
 * actual rates (compounded, the official 年均增速) against r; 左右 is a band, `>` a floor.
 */
import type { GrowthRateTarget } from '../domain/target';
import { formatPercent, formatPeriod } from '../lib/formatNumber';
import { classifyProgress, EPSILON } from './classifyVerdict';
import { annualGrowthText, qualifiedText, ratioText } from './explainText';
import { progressRatio } from './growthMath';
import type { GrowthReading } from './growthReading';
import type { NumberUsed } from './indicatorEvaluation';
import { laterReading, readAnnualRates, readOfficialAverage } from './growthReading';
import { growthPace } from './forecastPace';
import type { KindInput, KindOutcome } from './kindOutcome';
import { growthSourceText } from './levelWithGrowthText';
import { isBinding, makeOutcome, missingOutcome, NO_NUMBERS, timeProgressOf } from './kindOutcome';
import { aboutRateText, onceForRun, ratioRuleText } from './ruleText';

type Input = KindInput<GrowthRateTarget>;

/** Evaluates a growth-rate target. Missing years in between are skipped and reported. */
export function evaluateGrowthRate(input: Input): KindOutcome {
  const { indicator, target, series, frame } = input;
  const planned = target.annualGrowth;
  const isCeiling = planned.qualifier === 'atMost' || planned.qualifier === 'lessThan';
  const rule = ruleOf(input, isCeiling);
  const rates = series.value.size > 0 ? series.value : series.growth;
  // The published average since the base year wins unless the annual rates reach a later year.
  const reading = laterReading(
    readOfficialAverage(series.averageGrowth, frame),
    readAnnualRates(rates, frame, true),
  );
  if (!reading) {
    const period = formatPeriod(frame.baseYear + 1, frame.year);
    return missingOutcome(input, `缺少${period}增速实际值`, rule);
  }
  const average = reading.average;
  const ratio = isCeiling ? null : progressRatio(average, planned.value);
  const verdict = classifyProgress(
    {
      ratio,
      reached: false,
      withinBand: withinBand(input, average, isCeiling),
      isFloorTarget: isFloor(input),
    },
    frame,
    isBinding(indicator),
  );
  const required = isCeiling ? null : requiredAverage(input, reading);
  return makeOutcome(
    {
      verdict,
      rule,
      dataYear: reading.toYear,
      timeProgress: timeProgressOf(frame, reading.toYear),
      expected: planned.value,
      progressRatio: ratio,
      projectedTargetValue: average,
      requiredAnnualGrowth: required,
      pace: isCeiling ? null : growthPace(planned.value < 0 ? -1 : 1, average, required, false),
      missing: reading.missing.length > 0 ? `缺少${reading.missing.join('、')}年增速` : null,
      numbers: frame.explains
        ? numbersOf(planned.value, average, rates, reading, frame)
        : NO_NUMBERS,
      explanation: frame.explains ? explain(input, reading, ratio, verdict, required) : '',
    },
    frame,
  );
}

/** The planned and actual average and each year's rate read. */
function numbersOf(
  planned: number,
  average: number,
  rates: ReadonlyMap<number, number>,
  reading: GrowthReading,
  frame: Input['frame'],
): NumberUsed[] {
  const numbers: NumberUsed[] = [
    { label: '规划增速', value: planned },
    { label: '实际年均增速', value: average },
  ];
  rates.forEach((value, year) => {
    if (year > frame.baseYear && year <= reading.toYear) {
      numbers.push({ label: '实际增速', value, year });
    }
  });
  return numbers;
}

function explain(
  input: Input,
  reading: GrowthReading,
  ratio: number | null,
  verdict: string,
  required: number | null,
): string {
  const { indicator, frame } = input;
  const planned = input.target.annualGrowth;
  const gaps = reading.missing.length > 0 ? `（缺少${reading.missing.join('、')}年数据）` : '';
  const tail =
    required === null || frame.mode === 'final'
      ? ''
      : `；${formatPeriod(reading.toYear + 1, frame.targetYear)}需${annualGrowthText(required)}方可实现${formatPeriod(frame.baseYear + 1, frame.targetYear)}年均${qualifiedText(planned)}的目标`;
  return `${formatPeriod(reading.fromYear, reading.toYear)}${indicator.name}${reading.fromYear === reading.toYear ? '为' : '平均为'}${formatPercent(reading.average)}${reading.source === 'official' ? growthSourceText(indicator, 'official') : ''}${gaps}，规划目标为${qualifiedText(planned)}${ratioText(ratio, '规划目标')}，${verdict}${tail}。`;
}

function isFloor(input: Input): boolean {
  const { qualifier } = input.target.annualGrowth;
  return qualifier === 'atLeast' || qualifier === 'greaterThan';
}

/** 左右 band (±ratePoints) for `about`; for a growth ceiling, not above the ceiling. */
function withinBand(input: Input, average: number, isCeiling: boolean): boolean {
  const planned = input.target.annualGrowth;
  if (isCeiling) return average <= planned.value + EPSILON;
  const band = input.frame.settings.about.ratePoints;
  return planned.qualifier === 'about' && average >= planned.value - band - EPSILON;
}

/** Average growth needed in the remaining years for the period to average r %; null with gaps. */
function requiredAverage(input: Input, reading: GrowthReading): number | null {
  const { frame, target } = input;
  const remaining = frame.targetYear - reading.toYear;
  if (remaining <= 0 || reading.missing.length > 0) return null;
  const span = frame.targetYear - frame.baseYear;
  const achieved = (1 + reading.average / 100) ** (reading.toYear - reading.fromYear + 1);
  return (((1 + target.annualGrowth.value / 100) ** span / achieved) ** (1 / remaining) - 1) * 100;
}

/** Run-wide keys of the rule text by bound (none, ceiling, floor), binding and 左右. */
const RULE_KEYS = Array.from({ length: 12 }, (_, variant) => `growthRate:${variant}`);

function ruleOf(input: Input, isCeiling: boolean): string {
  const boundKind = isCeiling ? 1 : isFloor(input) ? 2 : 0;
  const binding = isBinding(input.indicator);
  const isAbout = input.target.annualGrowth.qualifier === 'about';
  const key = RULE_KEYS[boundKind * 4 + (binding ? 2 : 0) + (isAbout ? 1 : 0)] ?? '';
  return onceForRun(input.frame, key, () =>
    ratioRuleText(
      `增速指标：各年实际增速的年均值（几何平均）与规划增速${BOUND_TEXT[boundKind] ?? ''}相比`,
      input.frame,
      binding,
      isAbout ? aboutRateText(input.frame) : '',
    ),
  );
}

const BOUND_TEXT = ['', '；上限型增速以不超过规划值为达标', '；下限型增速须不低于规划值'];
