/**
 * A level target with no base (抚州 户籍人口城镇化率: base —, target 40, actual 40.1): progress
 * cannot be measured, but whether the target is reached can (issue 12, item 4). Reached →
 * 提前实现 (mid-term) or 全面完成 (end of term); not reached → 需人工研判, saying why.
 */
import type { LevelTarget } from '../domain/target';
import type { Verdict } from '../domain/verdict';
import { formatPeriod, formatYear } from '../lib/formatNumber';
import { latestYear } from './actualIndex';
import { EPSILON } from './classifyVerdict';
import { derivedDecimals, levelText, planLevelText } from './explainText';
import type { KindInput, KindOutcome } from './kindOutcome';
import { makeOutcome, missingOutcome, timeProgressOf } from './kindOutcome';

/** Judges a level target on the target itself; `rule` is the kind's rule text. */
export function evaluateLevelWithoutBase(input: KindInput<LevelTarget>, rule: string): KindOutcome {
  const { indicator, target, series, frame } = input;
  const year = latestYear(series.value, frame.baseYear + 1, frame.year);
  const actual = year === null ? undefined : series.value.get(year);
  if (year === null || actual === undefined) {
    return missingOutcome(input, `缺少${formatPeriod(frame.baseYear + 1, frame.year)}实际值`, rule);
  }
  const goal = target.targetValue.value;
  const way = indicator.direction === 'lowerIsBetter' ? -1 : 1;
  const band = target.targetValue.qualifier === 'about' ? frame.settings.about.levelRelative : 0;
  const reached = way * (actual - goal) >= -band * Math.abs(goal) - EPSILON;
  const verdict: Verdict = reached
    ? frame.mode === 'midterm'
      ? '提前实现'
      : '全面完成'
    : '需人工研判';
  const goalText = planLevelText(goal, indicator);
  const head = `${formatYear(year)}${indicator.name}为${levelText(actual, derivedDecimals(actual), indicator)}`;
  const judged = reached
    ? `已达到${goalText}的目标（规划未给出基期值，按目标值本身评价）`
    : `尚未达到${goalText}的目标，规划未给出基期值，无法衡量进度`;
  return makeOutcome(
    {
      verdict,
      rule: `${rule}；规划未给出基期值时按是否达到目标值评价`,
      dataYear: year,
      timeProgress: timeProgressOf(frame, year),
      targetLevel: goal,
      numbers: [
        { label: '实际值', value: actual, year },
        { label: '目标值', value: goal, year: frame.targetYear },
      ],
      explanation: `${head}，${judged}，${verdict}。`,
    },
    frame,
  );
}
