/**
 * Five-year cumulative cuts in per cent (单位GDP能源消耗降幅 `[16]`, `[18-22]`). DOMAIN.md「What
 * kinds of target there are」: compound the annual reductions and compare with the pro-rata share
 * of the five-year cut, the 12th-plan energy-saving schedule (20/40/60/80/100 % by years 1–5).
 * Actual values are each year's reduction in % (positive = fall); a `growth` value is its negative;
 * a `cumulativeChange` value is the published reduction since the base year (preferred).
 */
import type { CumulativeReductionTarget } from '../domain/target';
import {
  formatAsWritten,
  formatPercent,
  formatPeriod,
  formatRatioPercent,
} from '../lib/formatNumber';
import { latestYear, missingYears } from './actualIndex';
import { classifyProgress, EPSILON } from './classifyVerdict';
import { paceOf } from './forecastPace';
import type { KindInput, KindOutcome } from './kindOutcome';
import { isBinding, makeOutcome, missingOutcome, timeProgressOf } from './kindOutcome';
import { onceForRun, ratioRuleText } from './ruleText';

type Input = KindInput<CumulativeReductionTarget>;

/** Each year's reduction: the `value` actual, else the negative of the `growth` actual. */
function reductions(input: Input): Map<number, number> {
  const byYear = new Map<number, number>();
  for (const [year, growth] of input.series.growth) byYear.set(year, -growth);
  for (const [year, value] of input.series.value) byYear.set(year, value);
  return byYear;
}

/** A cumulative reduction reached by `year`, and whether it was published as such. */
type Cumulated = { achieved: number; year: number; isOfficial: boolean };

/**
 * The achieved cumulative reduction: the published one (measure `cumulativeChange`, a completion
 * table's `[14.09]`) is preferred, since a reduction cannot be computed from levels, unless the
 * annual reductions reach a later year.
 */
function achievedReduction(input: Input): Cumulated | { missing: number[] } {
  const { series, frame } = input;
  const year = latestYear(series.cumulativeChange, frame.baseYear + 1, frame.year);
  const official = year === null ? undefined : series.cumulativeChange.get(year);
  const computed = cumulate(input, reductions(input));
  if (year === null || official === undefined) return computed;
  if ('year' in computed && computed.year > year) return computed;
  return { achieved: official, year, isOfficial: true };
}

/** Cumulative reduction in % up to `year`, or the missing years. */
function cumulate(
  input: Input,
  byYear: ReadonlyMap<number, number>,
): Cumulated | { missing: number[] } {
  const { frame } = input;
  const from = frame.baseYear + 1;
  const isPeriodFigure =
    frame.isCompletionTable && byYear.has(frame.targetYear) && frame.year === frame.targetYear;
  if (isPeriodFigure)
    return {
      achieved: byYear.get(frame.targetYear) ?? 0,
      year: frame.targetYear,
      isOfficial: false,
    };
  const missing = missingYears(byYear, from, frame.year);
  const last = [...byYear.keys()]
    .filter((y) => y >= from && y <= frame.year)
    .sort((a, b) => b - a)[0];
  if (last === undefined || missingYears(byYear, from, last).length > 0) return { missing };
  let remaining = 1;
  for (let year = from; year <= last; year += 1) remaining *= 1 - (byYear.get(year) ?? 0) / 100;
  return { achieved: (1 - remaining) * 100, year: last, isOfficial: false };
}

/** The average yearly reduction in % behind a cumulative one over `years`, or null. */
function annualReduction(cumulative: number, years: number): number | null {
  return years > 0 && cumulative < 100 ? (1 - (1 - cumulative / 100) ** (1 / years)) * 100 : null;
}

/** Evaluates a cumulative reduction against the 12th-plan pro-rata schedule. */
export function evaluateCumulativeReduction(input: Input): KindOutcome {
  const { target, frame, indicator } = input;
  const binding = isBinding(indicator);
  const rule = onceForRun(frame, binding ? 'cumulativeReduction:1' : 'cumulativeReduction:0', () =>
    ratioRuleText(
      '累计降幅指标：逐年降幅连乘得累计降幅，R=累计降幅÷（五年目标×时间进度），进度安排参照“十二五”节能目标20/40/60/80/100%',
      frame,
      binding,
    ),
  );
  const result = achievedReduction(input);
  if ('missing' in result) {
    return missingOutcome(
      input,
      `缺少${result.missing.join('、')}年降幅实际值，无法累计计算`,
      rule,
    );
  }
  const { achieved, year, isOfficial } = result;
  const cut = Math.min(target.reductionPercent.min, target.reductionPercent.max);
  const tolerance =
    target.reductionPercent.qualifier === 'about' ? frame.settings.about.changeRelative : 0;
  const timeProgress = timeProgressOf(frame, year);
  const expected = cut * timeProgress;
  const ratio = expected === 0 ? null : achieved / expected;
  const verdict = classifyProgress(
    { ratio, reached: achieved >= cut * (1 - tolerance) - EPSILON },
    frame,
    isBinding(indicator),
  );
  const remaining = frame.targetYear - year;
  const requiredCut =
    remaining > 0 && achieved < cut
      ? (1 - ((1 - cut / 100) / (1 - achieved / 100)) ** (1 / remaining)) * 100
      : null;
  const range = target.reductionPercent;
  const goalText =
    range.min === range.max
      ? `${formatAsWritten(cut)}%`
      : `${formatAsWritten(range.min)}—${formatAsWritten(range.max)}%`;
  const schedule =
    frame.mode === 'midterm'
      ? `（时间进度${formatRatioPercent(timeProgress)}，按进度应累计下降${formatPercent(expected)}）`
      : '';
  const tail =
    requiredCut === null || frame.mode === 'final'
      ? ''
      : `；${formatPeriod(year + 1, frame.targetYear)}需年均下降${formatPercent(requiredCut)}方可完成目标`;
  return makeOutcome(
    {
      verdict,
      rule,
      dataYear: year,
      timeProgress,
      expected,
      taskProgress: cut === 0 ? null : achieved / cut,
      progressRatio: ratio,
      requiredAnnualGrowth: requiredCut === null ? null : -requiredCut,
      pace: paceOf(
        annualReduction(achieved, year - frame.baseYear),
        requiredCut,
        achieved >= cut * (1 - tolerance) - EPSILON,
      ),
      numbers: [
        { label: '规划累计降幅', value: cut },
        { label: '实际累计降幅', value: achieved, year },
        { label: '按进度应达降幅', value: expected, year },
      ],
      explanation: `${formatPeriod(frame.baseYear + 1, year)}${indicator.name}${achieved < 0 ? `累计上升${formatPercent(-achieved)}${isOfficial ? '（官方公布）' : ''}，变化方向与规划相反` : `累计为${formatPercent(achieved)}${isOfficial ? '（官方公布）' : ''}，完成五年下降${goalText}目标的${formatRatioPercent(cut === 0 ? 1 : achieved / cut)}`}${schedule}，${verdict}${tail}。`,
    },
    frame,
  );
}
