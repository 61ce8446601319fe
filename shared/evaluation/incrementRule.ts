/**
 * Progress measured as an increment from the base against the pro-rata share of the planned
 * increment: 时间过半、任务过半 (DOMAIN.md「Mid-term judgments」). Used by cumulative changes
 * (`[2.2]`, `[-0.05]`, `[18-22]`) and by level targets interpolated linearly (shares in %).
 */
import { isRatioIndicator } from './shownUnit';
import type { Indicator } from '../domain/indicator';
import type { Target } from '../domain/target';
import type { Verdict } from '../domain/verdict';
import type { ChangeStyle } from '../lib/formatNumber';
import {
  decimalsOf,
  formatAsWritten,
  formatChange,
  formatPeriod,
  formatRatioPercent,
  formatYear,
} from '../lib/formatNumber';
import { latestYear } from './actualIndex';
import { classifyProgress, EPSILON } from './classifyVerdict';
import { derivedDecimals, levelText } from './explainText';
import { requiredChangeText } from './requiredChangeText';
import type { Pace } from './forecastPace';
import { paceOf } from './forecastPace';
import type { KindInput, KindOutcome } from './kindOutcome';
import { isBinding, makeOutcome, missingOutcome, NO_NUMBERS, timeProgressOf } from './kindOutcome';

/** A planned five-year increment: signed, with the edge that must be met and the upper edge. */
export type PlannedIncrement = {
  /** The increment that must be reached (the nearer edge of a range), signed. */
  readonly required: number;
  /** The farther edge of a range (equal to `required` for a single value), signed. */
  readonly upper: number;
  /** Written with 左右: a tolerance of `about.changeRelative` of the increment. */
  readonly isApproximate: boolean;
  /**
   * The plan's own wording of the target, e.g. 1200亿元 or 提高7.2个百分点; read only for the
   * sentence, so a frame that does not explain may leave it ''.
   */
  readonly targetText: string;
  /** plannedIncrementText of this increment, when already worded (saves wording it twice). */
  readonly plannedText?: string;
};

/** What wording a planned increment needs. */
type IncrementFigures = Pick<PlannedIncrement, 'required' | 'upper' | 'isApproximate'>;

/** 个百分点 for indicators in %, otherwise an amount in the indicator's unit. */
export function changeStyleOf(indicator: Indicator, decimals: number): ChangeStyle {
  if (isRatioIndicator(indicator)) return { kind: 'ratio', decimals };
  return indicator.unit === '%'
    ? { kind: 'points', decimals }
    : { kind: 'amount', unit: indicator.unit, decimals };
}

/** 「提高7.2个百分点」, 「增加18—22件左右」 as the plan wrote the increment. */
export function plannedIncrementText(indicator: Indicator, increment: IncrementFigures): string {
  const near = Number(Math.abs(increment.required).toFixed(6));
  const far = Number(Math.abs(increment.upper).toFixed(6));
  const written = formatChange(increment.required, changeStyleOf(indicator, decimalsOf(near)));
  const text =
    near === far
      ? written
      : written.replace(formatAsWritten(near), `${formatAsWritten(near)}—${formatAsWritten(far)}`);
  return increment.isApproximate ? `${text}左右` : text;
}

/** Evaluates progress on an increment; `rule` is the kind's rule text. */
export function evaluateIncrement(
  input: KindInput<Target>,
  increment: PlannedIncrement,
  rule: string,
): KindOutcome {
  const { frame, base, series } = input;
  const year = latestYear(series.value, frame.baseYear + 1, frame.year);
  if (year === null) {
    return missingOutcome(input, `缺少${formatPeriod(frame.baseYear + 1, frame.year)}实际值`, rule);
  }
  if (base === null) return missingOutcome(input, `缺少${formatYear(frame.baseYear)}基期值`, rule);
  const actual = series.value.get(year) ?? base;
  const timeProgress = timeProgressOf(frame, year);
  const change = actual - base;
  const task = increment.required === 0 ? null : change / increment.required;
  const ratio = task === null || timeProgress === 0 ? null : task / timeProgress;
  const goal = base + increment.required;
  const verdict = incrementVerdict(input, increment, { year, change, task, ratio, goal });
  const remaining = frame.targetYear - year;
  const requiredChange = remaining > 0 ? (goal - actual) / remaining : null;
  return makeOutcome(
    {
      verdict,
      rule,
      dataYear: year,
      timeProgress,
      expected: base + increment.required * timeProgress,
      taskProgress: task,
      progressRatio: ratio,
      projectedTargetValue: timeProgress > 0 ? base + change / timeProgress : null,
      requiredAnnualChange: requiredChange,
      targetLevel: goal,
      pace: incrementPace(increment.required, change, year - frame.baseYear, requiredChange),
      numbers: frame.explains
        ? [
            { label: '基期值', value: base, year: frame.baseYear },
            { label: '实际值', value: actual, year },
            { label: '规划累计变化', value: increment.required },
            { label: '实际累计变化', value: change },
          ]
        : NO_NUMBERS,
      explanation: frame.explains
        ? explain(input, increment, {
            year,
            actual,
            change,
            task,
            timeProgress,
            requiredChange,
            verdict,
          })
        : '',
    },
    frame,
  );
}

/** Pace so far and still needed per year, signed toward the planned change (forecastPace.ts). */
export function incrementPace(
  required: number,
  change: number,
  elapsed: number,
  requiredChange: number | null,
): Pace {
  const way = required < 0 ? -1 : 1;
  const reached = required !== 0 && way * (change - required) >= -EPSILON;
  return paceOf(
    elapsed > 0 ? (way * change) / elapsed : null,
    requiredChange === null || required === 0 ? null : way * requiredChange,
    reached,
  );
}

/** Classifies progress on an increment (左右 as a band; a zero increment as a level to hold). */
function incrementVerdict(
  input: KindInput<Target>,
  increment: PlannedIncrement,
  measured: {
    year: number;
    change: number;
    task: number | null;
    ratio: number | null;
    goal: number;
  },
): Verdict {
  const { frame, indicator } = input;
  const { year, change, task, ratio, goal } = measured;
  const tolerance = increment.isApproximate ? frame.settings.about.changeRelative : 0;
  // A target equal to its base asks to hold the level: met while not on the wrong side of it.
  const holdMet = isHold(increment) && holdsLevel(indicator, change);
  const inBand = increment.isApproximate && ratio !== null && ratio >= 1 - tolerance - EPSILON;
  return classifyProgress(
    {
      ratio,
      reached: task !== null && task >= 1 - tolerance - EPSILON,
      reachedEarly: frame.mode === 'final' && reachedBefore(input, goal, increment.required, year),
      withinBand: holdMet || inBand,
    },
    frame,
    isBinding(indicator),
  );
}

/** A planned increment of zero: the target is the base level, to be held. */
function isHold(increment: IncrementFigures): boolean {
  return increment.required === 0 && increment.upper === 0;
}

/** Whether a change from the base keeps the level, in the indicator's good direction. */
function holdsLevel(indicator: Indicator, change: number): boolean {
  const signed = indicator.direction === 'lowerIsBetter' ? -change : change;
  return signed >= -EPSILON;
}

function reachedBefore(
  input: KindInput<Target>,
  goal: number,
  required: number,
  year: number,
): boolean {
  const direction = required < 0 ? -1 : 1;
  for (let y = input.frame.baseYear + 1; y < Math.min(year, input.frame.targetYear); y += 1) {
    const value = input.series.value.get(y);
    if (value !== undefined && direction * (value - goal) >= 0) return true;
  }
  return false;
}

type Figures = {
  readonly year: number;
  readonly actual: number;
  readonly change: number;
  readonly task: number | null;
  readonly timeProgress: number;
  readonly requiredChange: number | null;
  readonly verdict: string;
};

function explain(input: KindInput<Target>, increment: PlannedIncrement, figures: Figures): string {
  const { indicator, frame } = input;
  const decimals = derivedDecimals(figures.actual);
  // A change is as precise as the finer of its two ends: 100 − 72.6 is 27.4, not 27 (UX.md).
  const baseDecimals = indicator.base.value === null ? 0 : decimalsOf(indicator.base.value);
  const style = changeStyleOf(indicator, Math.min(4, Math.max(decimals, baseDecimals)));
  const head = `${formatYear(figures.year)}${indicator.name}为${levelText(figures.actual, decimals, indicator)}，较${formatYear(frame.baseYear)}${formatChange(figures.change, style)}`;
  if (isHold(increment)) return explainHold(input, increment, figures, head);
  const planned = increment.plannedText ?? plannedIncrementText(indicator, increment);
  if (figures.verdict === '提前实现') return `${head}，已实现${planned}的目标，提前实现。`;
  const task = taskShareText(figures.task, planned);
  const time =
    frame.mode === 'midterm' ? `（时间进度${formatRatioPercent(figures.timeProgress)}）` : '';
  const tail =
    figures.requiredChange === null || frame.mode === 'final'
      ? ''
      : `；${formatPeriod(figures.year + 1, frame.targetYear)}需年均${requiredChangeText(figures.requiredChange, style)}方可实现${increment.targetText}目标`;
  return `${head}${task}${time}，${figures.verdict}${tail}。`;
}

/**
 * 「，完成规划提高7.2个百分点任务的42.0%」; a negative share is said in words (issue 12, item 6):
 * 「，变化方向与规划相反」, never 「任务的-6.7%」.
 */
export function taskShareText(task: number | null, planned: string): string {
  if (task === null) return '';
  return task < 0
    ? '，变化方向与规划相反'
    : `，完成规划${planned}任务的${formatRatioPercent(task)}`;
}

/** 「…较2020年增加0.5，不低于96.5的目标水平，符合预期。」 for a level to be held. */
function explainHold(
  input: KindInput<Target>,
  increment: PlannedIncrement,
  figures: Figures,
  head: string,
): string {
  const { indicator, frame } = input;
  const lower = indicator.direction === 'lowerIsBetter';
  const met = holdsLevel(indicator, figures.change);
  const side = met ? (lower ? '不高于' : '不低于') : lower ? '高于' : '低于';
  const decimals = derivedDecimals(figures.actual);
  const style = changeStyleOf(indicator, decimals);
  const tail =
    met || figures.requiredChange === null || frame.mode === 'final'
      ? ''
      : `；${formatPeriod(figures.year + 1, frame.targetYear)}需年均${requiredChangeText(figures.requiredChange, style)}方可回到${increment.targetText}的目标水平`;
  return `${head}，${side}${increment.targetText}的目标水平，${figures.verdict}${tail}。`;
}
