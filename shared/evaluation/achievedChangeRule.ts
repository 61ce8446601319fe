/**
 * Progress on a planned five-year change judged from the achieved change as officially published
 * (measure `cumulativeChange`, the completion tables' 实际累计或年均增长 `[64334]`) when no
 * level-based change can be computed: the row has no base value or no level actual. Same ratio as
 * incrementRule.ts: R = achieved change ÷ (planned change × time progress).
 */
import type { Target } from '../domain/target';
import { decimalsOf, formatChange, formatPeriod, formatRatioPercent } from '../lib/formatNumber';
import { latestYear } from './actualIndex';
import { classifyProgress, EPSILON } from './classifyVerdict';
import type { PlannedIncrement } from './incrementRule';
import { changeStyleOf, incrementPace, plannedIncrementText, taskShareText } from './incrementRule';
import { requiredChangeText } from './requiredChangeText';
import type { NumberUsed } from './indicatorEvaluation';
import type { KindInput, KindOutcome } from './kindOutcome';
import { isBinding, makeOutcome, timeProgressOf } from './kindOutcome';

/** The latest published cumulative change up to the frame's year, or null. */
export function readAchievedChange(
  input: KindInput<Target>,
): { readonly year: number; readonly change: number } | null {
  const { series, frame } = input;
  const year = latestYear(series.cumulativeChange, frame.baseYear + 1, frame.year);
  const change = year === null ? undefined : series.cumulativeChange.get(year);
  return year === null || change === undefined ? null : { year, change };
}

/** Evaluates a planned increment against a published achieved change. */
export function evaluateAchievedChange(
  input: KindInput<Target>,
  increment: PlannedIncrement,
  rule: string,
  achieved: { readonly year: number; readonly change: number },
): KindOutcome {
  const { frame, base, indicator } = input;
  const { year, change } = achieved;
  const timeProgress = timeProgressOf(frame, year);
  const task = increment.required === 0 ? null : change / increment.required;
  const ratio = task === null || timeProgress === 0 ? null : task / timeProgress;
  const tolerance = increment.isApproximate ? frame.settings.about.changeRelative : 0;
  const verdict = classifyProgress(
    {
      ratio,
      reached: task !== null ? task >= 1 - tolerance - EPSILON : change === 0,
      withinBand: increment.isApproximate && ratio !== null && ratio >= 1 - tolerance - EPSILON,
    },
    frame,
    isBinding(indicator),
  );
  const remaining = frame.targetYear - year;
  const requiredChange = remaining > 0 ? (increment.required - change) / remaining : null;
  const numbers: NumberUsed[] = [];
  if (base !== null) numbers.push({ label: '基期值', value: base, year: frame.baseYear });
  numbers.push({ label: '规划累计变化', value: increment.required });
  numbers.push({ label: '实际累计变化', value: change, year });
  return makeOutcome(
    {
      verdict,
      rule,
      dataYear: year,
      timeProgress,
      expected: base === null ? null : base + increment.required * timeProgress,
      taskProgress: task,
      progressRatio: ratio,
      projectedTargetValue: base !== null && timeProgress > 0 ? base + change / timeProgress : null,
      requiredAnnualChange: requiredChange,
      targetLevel: base === null ? null : base + increment.required,
      pace: incrementPace(increment.required, change, year - frame.baseYear, requiredChange),
      numbers,
      explanation: explain(input, increment, {
        year,
        change,
        task,
        timeProgress,
        requiredChange,
        verdict,
      }),
    },
    frame,
  );
}

type Figures = {
  readonly year: number;
  readonly change: number;
  readonly task: number | null;
  readonly timeProgress: number;
  readonly requiredChange: number | null;
  readonly verdict: string;
};

/** 「2016—2020年…累计增加64,334套（官方公布），完成规划增加22,554套任务的285.2%，提前完成。」 */
function explain(input: KindInput<Target>, increment: PlannedIncrement, figures: Figures): string {
  const { indicator, frame } = input;
  const { year, change, task, timeProgress, requiredChange, verdict } = figures;
  const style = changeStyleOf(indicator, decimalsOf(change));
  const planned = increment.plannedText ?? plannedIncrementText(indicator, increment);
  const head = `${formatPeriod(frame.baseYear + 1, year)}${indicator.name}累计${formatChange(change, style)}（官方公布）`;
  const taskText = taskShareText(task, planned);
  const time = frame.mode === 'midterm' ? `（时间进度${formatRatioPercent(timeProgress)}）` : '';
  const tail =
    requiredChange === null || frame.mode === 'final'
      ? ''
      : `；${formatPeriod(year + 1, frame.targetYear)}需年均${requiredChangeText(requiredChange, style)}方可实现${increment.targetText}目标`;
  return `${head}${taskText}${time}，${verdict}${tail}。`;
}
