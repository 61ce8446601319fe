/**
 * Structures such as 三产比例 `6.5:41.5:52`. DOMAIN.md「What kinds of target there are」: each
 * component moving toward its target. Issue 12, reading 9: no single rule fits practice (the
 * 十三五 tables call 景德镇's 7.1:43.1:49.8 against 5:53:42 提前完成 while its primary sector
 * barely moved and its secondary sector fell far past the target), so the engine shows each
 * component's change and share of the planned change, and asks the evaluator: 需人工研判.
 * Actual structures come as ComponentActual (ActualValue holds a single number); a completion
 * table's target-year structure is read from its official cell (completionComponents.ts).
 */
import type { StructureTarget } from '../domain/target';
import {
  formatAsWritten,
  formatChange,
  formatPeriod,
  formatRatioPercent,
  formatYear,
} from '../lib/formatNumber';
import { clean } from './growthMath';
import type { NumberUsed } from './indicatorEvaluation';
import type { KindInput, KindOutcome } from './kindOutcome';
import { makeOutcome, missingOutcome, timeProgressOf } from './kindOutcome';

type Input = KindInput<StructureTarget>;

const THREE_SECTORS = ['第一产业', '第二产业', '第三产业'];

const RULE =
  '结构指标：逐项给出各分量较基期的变化及占规划变化的比例（完成进度）与时间进度；结构调整无统一判定规则，由评估人员研判';

function labelOf(index: number, count: number): string {
  return count === 3 ? (THREE_SECTORS[index] ?? '') : `第${index + 1}项`;
}

const joinStructure = (parts: readonly number[]): string => parts.map(formatAsWritten).join(':');

/** Share of the planned change a component has made; null when the plan keeps it unchanged. */
export function componentProgress(base: number, goal: number, actual: number): number | null {
  return goal === base ? null : (actual - base) / (goal - base);
}

/** 「第一产业降低0.2个百分点，完成规划降低2.3个百分点的8.7%」 and the other readings. */
function componentText(label: string, base: number, goal: number, actual: number): string {
  const moved = formatChange(actual - base, { kind: 'points' });
  const plannedChange = clean(goal - base);
  const planned = `${plannedChange > 0 ? '提高' : '降低'}${formatAsWritten(Math.abs(plannedChange))}个百分点`;
  const progress = componentProgress(base, goal, actual);
  if (progress === null) return `${label}较基期${moved}（规划保持${formatAsWritten(goal)}）`;
  if (progress <= 0) return `${label}较基期${moved}，与规划${planned}的方向相反`;
  return `${label}${moved}，为规划${planned}的${formatRatioPercent(progress)}`;
}

/** Evaluates a structure: per-component figures, then 需人工研判. */
export function evaluateStructure(input: Input): KindOutcome {
  const { target, frame, indicator } = input;
  const rule = RULE;
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
  const timeProgress = timeProgressOf(frame, year);
  const ask = '结构调整无统一判定规则，需人工研判。';
  if (actual.length !== goal.length || base.length !== goal.length) {
    return makeOutcome(
      {
        verdict: '需人工研判',
        rule,
        dataYear: year,
        timeProgress,
        explanation: `${head}，分量个数不一致，${ask}`,
      },
      frame,
    );
  }
  const parts = goal.map((g, i) =>
    componentText(labelOf(i, goal.length), base[i] ?? 0, g, actual[i] ?? 0),
  );
  return makeOutcome(
    {
      verdict: '需人工研判',
      rule,
      dataYear: year,
      timeProgress,
      numbers: componentNumbers(base, goal, actual, year),
      explanation: `${head}：${parts.join('；')}；时间进度${formatRatioPercent(timeProgress)}，${ask}`,
    },
    frame,
  );
}

/** Each component's actual value and, where the plan changes it, its completion progress. */
function componentNumbers(
  base: readonly number[],
  goal: readonly number[],
  actual: readonly number[],
  year: number,
): NumberUsed[] {
  return actual.flatMap((value, i) => {
    const label = labelOf(i, actual.length);
    const progress = componentProgress(base[i] ?? 0, goal[i] ?? 0, value);
    const own: NumberUsed = { label: `${label}实际值`, value, year };
    return progress === null
      ? [own]
      : [own, { label: `${label}完成进度（%）`, value: progress * 100 }];
  });
}
