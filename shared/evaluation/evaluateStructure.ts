/**
 * Structures such as 三产比例 `6.5:41.5:52`. DOMAIN.md「What kinds of target there are」: each
 * component moving toward its target; when components disagree the evaluator must judge.
 * Actual structures come as ComponentActual (ActualValue holds a single number).
 */
import type { StructureTarget } from '../domain/target';
import { formatAsWritten, formatPeriod, formatRatioPercent, formatYear } from '../lib/formatNumber';
import { classifyProgress } from './classifyVerdict';
import type { KindInput, KindOutcome } from './kindOutcome';
import { isBinding, makeOutcome, missingOutcome, timeProgressOf } from './kindOutcome';
import { onceForRun, ratioRuleText } from './ruleText';

type Input = KindInput<StructureTarget>;

const THREE_SECTORS = ['第一产业', '第二产业', '第三产业'];

function labelOf(index: number, count: number): string {
  return count === 3 ? (THREE_SECTORS[index] ?? '') : `第${index + 1}项`;
}

const joinStructure = (parts: readonly number[]): string => parts.map(formatAsWritten).join(':');

/** Progress of each component from base toward target (null when base equals target). */
function componentProgress(
  base: readonly number[],
  goal: readonly number[],
  actual: readonly number[],
): (number | null)[] {
  return goal.map((target, i) => {
    const from = base[i] ?? 0;
    return target === from ? null : ((actual[i] ?? 0) - from) / (target - from);
  });
}

/** Evaluates a structure; disagreeing components give 需人工研判. */
export function evaluateStructure(input: Input): KindOutcome {
  const { target, frame, indicator } = input;
  const binding = isBinding(indicator);
  const rule = onceForRun(frame, binding ? 'structure:1' : 'structure:0', () =>
    ratioRuleText(
      '结构指标：各分量进度=（实际−基期）÷（目标−基期），各分量均向目标靠近时以最慢分量的进度与时间进度相比；方向不一致需人工研判',
      frame,
      binding,
    ),
  );
  const byYear = frame.componentsOf(indicator.id);
  const year = [...byYear.keys()]
    .filter((y) => y > frame.baseYear && y <= frame.year)
    .sort((a, b) => b - a)[0];
  if (year === undefined) {
    return missingOutcome(
      input,
      `缺少${formatPeriod(frame.baseYear + 1, frame.year)}各分量实际构成`,
      rule,
    );
  }
  const base = target.baseComponents;
  if (!base) return missingOutcome(input, `缺少${formatYear(frame.baseYear)}基期构成`, rule);
  const actual = byYear.get(year) ?? [];
  const goal = target.targetComponents;
  const head = `${formatYear(year)}${indicator.name}为${joinStructure(actual)}（基期${joinStructure(base)}，目标${joinStructure(goal)}）`;
  if (actual.length !== goal.length || base.length !== goal.length) {
    return makeOutcome(
      {
        verdict: '需人工研判',
        rule,
        dataYear: year,
        explanation: `${head}，分量个数不一致，需人工研判。`,
      },
      frame,
    );
  }
  return judgeComponents(input, { year, base, goal, actual, head, rule });
}

type Components = {
  readonly year: number;
  readonly base: readonly number[];
  readonly goal: readonly number[];
  readonly actual: readonly number[];
  readonly head: string;
  readonly rule: string;
};

function judgeComponents(input: Input, c: Components): KindOutcome {
  const { frame, indicator } = input;
  const { year, goal, actual, head, rule } = c;
  const band = frame.settings.about.ratePoints;
  const progress = componentProgress(c.base, goal, actual);
  const toward = progress.map((p, i) =>
    p === null ? Math.abs((actual[i] ?? 0) - (goal[i] ?? 0)) <= band : p > 0,
  );
  const timeProgress = timeProgressOf(frame, year);
  const numbers = actual.map((value, i) => ({
    label: `${labelOf(i, actual.length)}实际值`,
    value,
    year,
  }));
  if (toward.some(Boolean) && !toward.every(Boolean)) {
    const away = toward.flatMap((ok, i) => (ok ? [] : [labelOf(i, goal.length)])).join('、');
    const explanation = `${head}，其中${away}偏离目标方向，各分量变化方向不一致，需人工研判。`;
    return makeOutcome(
      { verdict: '需人工研判', rule, dataYear: year, timeProgress, numbers, explanation },
      frame,
    );
  }
  const defined = progress.filter((p): p is number => p !== null);
  const least = defined.length > 0 ? Math.min(...defined) : 1;
  const allReached = progress.every((p, i) => (p === null ? toward[i] : p >= 1));
  const ratio = timeProgress > 0 ? least / timeProgress : null;
  const verdict = classifyProgress({ ratio, reached: allReached }, frame, isBinding(indicator));
  const shares = progress
    .map((p, i) => `${labelOf(i, goal.length)}${p === null ? '持平' : formatRatioPercent(p)}`)
    .join('、');
  return makeOutcome(
    {
      verdict,
      rule,
      dataYear: year,
      timeProgress,
      taskProgress: least,
      progressRatio: ratio,
      numbers,
      explanation: `${head}，各分量${toward.every(Boolean) ? '均向目标靠近' : '均偏离目标'}，完成进度分别为${shares}，${verdict}。`,
    },
    frame,
  );
}
