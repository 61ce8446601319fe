/**
 * Qualitative, province-set or unspecified targets (`确保数量不减，质量提升`, `按省下达`, `--`).
 * DOMAIN.md「What kinds of target there are」: the evaluator judges; the tool records why.
 */
import type { JudgmentTarget } from '../domain/target';
import { formatYear } from '../lib/formatNumber';
import { latestYear } from './actualIndex';
import { derivedDecimals, levelText } from './explainText';
import type { KindInput, KindOutcome } from './kindOutcome';
import { makeOutcome, NO_NUMBERS } from './kindOutcome';

const REASON_TEXT: Record<JudgmentTarget['reason'], (text: string) => string> = {
  qualitative: (text) => `规划目标为定性表述「${text}」`,
  // Issue 12, reading 3: the province's figure is what the evaluator needs; the plan's edit
  // dialog (规划管理) takes it, and classifyTarget then judges on it (readTargetCells.ts).
  provinceSet: (text) =>
    `规划目标按省下达任务执行（${text}），省下达的具体数值尚未录入，可在「规划管理」中编辑该指标，将其填入目标值或年均/累计增长栏（如「省下达的目标 [16]」）后按数值评价`,
  notSpecified: (text) => `规划未给出量化目标（${text || '空白'}）`,
};

/** Always 需人工研判, with the reason and the latest actual value if there is one. */
export function evaluateJudgment(input: KindInput<JudgmentTarget>): KindOutcome {
  const { series, frame } = input;
  const year = latestYear(series.value, frame.baseYear + 1, frame.year);
  const value = year === null ? undefined : series.value.get(year);
  return makeOutcome(
    {
      verdict: '需人工研判',
      rule: '定性、按省下达或未给出量化目标的指标，由评估人员研判并记录理由',
      dataYear: year,
      numbers: !frame.explains
        ? NO_NUMBERS
        : year === null || value === undefined
          ? []
          : [{ label: '实际值', value, year }],
      explanation: frame.explains ? explain(input, year, value) : '',
    },
    frame,
  );
}

/** 「2023年…为…，规划目标按省下达任务执行…，需人工研判。」 */
function explain(
  input: KindInput<JudgmentTarget>,
  year: number | null,
  value: number | undefined,
): string {
  const { indicator, target } = input;
  const head =
    year === null || value === undefined
      ? indicator.name
      : `${formatYear(year)}${indicator.name}为${levelText(value, derivedDecimals(value), indicator)}`;
  return `${head}，${REASON_TEXT[target.reason](target.text)}，需人工研判。`;
}
