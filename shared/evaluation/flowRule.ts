/**
 * Flows with a five-year total (城镇新增就业人数 `[15]`, 棚户区住房改造 `[22554]`): each year's
 * value is that year's amount, so progress is the sum of the years (or the published cumulative
 * figure, measure `cumulativeChange`) against the five-year total, never the change of the
 * yearly level (issue 12, item 1). R = sum ÷ (total × time progress), as for increments.
 */
import type { CumulativeChangeTarget } from '../domain/target';
import { decimalsOf, formatPeriod, formatRatioPercent } from '../lib/formatNumber';
import { latestYear, missingYears } from './actualIndex';
import { readAchievedChange } from './achievedChangeRule';
import { classifyProgress, EPSILON } from './classifyVerdict';
import { derivedDecimals, levelText } from './explainText';
import { paceOf } from './forecastPace';
import type { NumberUsed } from './indicatorEvaluation';
import type { KindInput, KindOutcome } from './kindOutcome';
import { isBinding, makeOutcome, missingOutcome, timeProgressOf } from './kindOutcome';
import { amountText } from './requiredChangeText';

type Input = KindInput<CumulativeChangeTarget>;

/** The achieved total: the published cumulative figure or the sum of the yearly amounts. */
type Achieved = {
  readonly year: number;
  readonly total: number;
  readonly yearly: readonly { readonly year: number; readonly value: number }[];
  readonly isOfficial: boolean;
};

/** Evaluates a flow against its five-year total; `rule` is the kind's rule text. */
export function evaluateFlow(input: Input, rule: string): KindOutcome {
  const { frame, target } = input;
  const achieved = achievedTotal(input);
  if ('missing' in achieved) return missingOutcome(input, achieved.missing, rule);
  const planned = Math.min(Math.abs(target.change.min), Math.abs(target.change.max));
  const timeProgress = timeProgressOf(frame, achieved.year);
  const task = planned === 0 ? null : achieved.total / planned;
  const ratio = task === null || timeProgress === 0 ? null : task / timeProgress;
  const tolerance = target.change.qualifier === 'about' ? frame.settings.about.changeRelative : 0;
  const reached = task !== null && task >= 1 - tolerance - EPSILON;
  const verdict = classifyProgress(
    {
      ratio,
      reached,
      withinBand: tolerance > 0 && ratio !== null && ratio >= 1 - tolerance - EPSILON,
      reachedEarly: frame.mode === 'final' && reachedBefore(input, planned, achieved.year),
    },
    frame,
    isBinding(input.indicator),
  );
  const remaining = frame.targetYear - achieved.year;
  const requiredChange = remaining > 0 ? (planned - achieved.total) / remaining : null;
  const elapsed = achieved.year - frame.baseYear;
  const numbers: NumberUsed[] = [
    ...achieved.yearly.map(({ year, value }) => ({ label: '当年数', value, year })),
    { label: '累计完成', value: achieved.total, year: achieved.year },
    { label: '规划五年累计', value: planned },
  ];
  return makeOutcome(
    {
      verdict,
      rule,
      dataYear: achieved.year,
      timeProgress,
      expected: planned * timeProgress,
      taskProgress: task,
      progressRatio: ratio,
      projectedTargetValue: timeProgress > 0 ? achieved.total / timeProgress : null,
      requiredAnnualChange: requiredChange,
      pace: paceOf(elapsed > 0 ? achieved.total / elapsed : null, requiredChange, reached),
      numbers,
      explanation: explain(input, achieved, {
        planned,
        task,
        timeProgress,
        requiredChange,
        verdict,
      }),
    },
    frame,
  );
}

function achievedTotal(input: Input): Achieved | { missing: string } {
  const { series, frame } = input;
  const from = frame.baseYear + 1;
  const last = latestYear(series.value, from, frame.year);
  const official = readAchievedChange(input);
  if (official && (last === null || official.year >= last)) {
    return { year: official.year, total: official.change, yearly: [], isOfficial: true };
  }
  if (last === null) return { missing: `缺少${formatPeriod(from, frame.year)}当年实际值` };
  const gaps = missingYears(series.value, from, last);
  if (gaps.length > 0) return { missing: `缺少${gaps.join('、')}年当年实际值，无法累计` };
  const yearly: { year: number; value: number }[] = [];
  let total = 0;
  for (let year = from; year <= last; year += 1) {
    const value = series.value.get(year) ?? 0;
    yearly.push({ year, value });
    total += value;
  }
  return { year: last, total, yearly, isOfficial: false };
}

/** Final mode: the running sum reached the total before the year judged. */
function reachedBefore(input: Input, planned: number, year: number): boolean {
  let total = 0;
  for (let y = input.frame.baseYear + 1; y < Math.min(year, input.frame.targetYear); y += 1) {
    const value = input.series.value.get(y);
    if (value === undefined) return false;
    total += value;
    if (total >= planned - EPSILON) return true;
  }
  return false;
}

type Figures = {
  readonly planned: number;
  readonly task: number | null;
  readonly timeProgress: number;
  readonly requiredChange: number | null;
  readonly verdict: string;
};

/**
 * 「2021—2022年城镇新增就业人数分别为3.2万人、3.1万人，累计6.3万人，完成五年累计15万人目标的
 * 42.0%（时间进度40.0%），符合预期；2023—2025年需年均新增2.9万人方可完成目标。」
 */
function explain(input: Input, achieved: Achieved, figures: Figures): string {
  const { indicator, frame } = input;
  const decimals = Math.max(
    decimalsOf(figures.planned),
    ...achieved.yearly.map((entry) => derivedDecimals(entry.value)),
    decimalsOf(Number(achieved.total.toFixed(6))),
  );
  const amount = (value: number): string => levelText(value, Math.min(4, decimals), indicator);
  const period = formatPeriod(frame.baseYear + 1, achieved.year);
  const yearly =
    achieved.yearly.length > 1
      ? `分别为${achieved.yearly.map((entry) => amount(entry.value)).join('、')}，累计`
      : achieved.yearly.length === 1
        ? '为'
        : '累计';
  const source = achieved.isOfficial ? '（官方公布）' : '';
  const share =
    figures.task === null
      ? ''
      : `，完成五年累计${levelText(figures.planned, decimalsOf(figures.planned), indicator)}目标的${formatRatioPercent(figures.task)}`;
  const time =
    frame.mode === 'midterm' ? `（时间进度${formatRatioPercent(figures.timeProgress)}）` : '';
  const tail =
    figures.requiredChange === null || frame.mode === 'final' || figures.requiredChange <= 0
      ? ''
      : `；${formatPeriod(achieved.year + 1, frame.targetYear)}需年均新增${amountText(figures.requiredChange, indicator.unit, decimals)}方可完成目标`;
  return `${period}${indicator.name}${yearly}${amount(achieved.total)}${source}${share}${time}，${figures.verdict}${tail}。`;
}
