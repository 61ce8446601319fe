import { readFileSync } from 'node:fs';
import type { ActualValue } from '../../shared/domain/actualValue';
import { asIndicatorId, asPlanId } from '../../shared/domain/ids';
import type { Indicator } from '../../shared/domain/indicator';
import type { PlanBundle } from '../../shared/domain/planBundle';
import type { PlanEvaluation } from '../../shared/evaluation/evaluatePlan';
import { evaluatePlan } from '../../shared/evaluation/evaluatePlan';
import { medianMs, type BenchResult } from './measure';

const INDICATORS = 10_000;
const YEARS = [2021, 2022, 2023, 2024, 2025];
const BASELINE = '对同样数据逐项计算复合增长路径的空循环';

/**
 * Issue 4 and 12: evaluating 10,000 indicators × 5 years, target under 100 ms (issue 16: 30 ms).
 * The indicators are the 31 real rows of 景德镇's 14th-plan table repeated, so every target kind
 * is in the mix; the baseline is a bare loop computing the expected compound path for the same
 * values. Explanations are built when read (decision 0046), so the targets' row measures the
 * verdicts and figures, and a second row also reads every explanation, to show what that costs.
 */
export function runEvaluationBenchmarks(): BenchResult[] {
  const seed = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
  const indicators: Indicator[] = Array.from({ length: INDICATORS }, (_, index) => {
    const row = seed.indicators[index % seed.indicators.length]!;
    return {
      ...row,
      id: asIndicatorId(`bench/${index}`),
      planId: asPlanId('bench'),
      order: index + 1,
    };
  });
  const actualValues: ActualValue[] = indicators.flatMap((indicator) =>
    indicator.base.value === null
      ? []
      : YEARS.map((year) => ({
          indicatorId: indicator.id,
          year,
          measure: 'value' as const,
          value: indicator.base.value! * 1.05 ** (year - 2020),
          status: '年报数' as const,
          source: '',
          note: '',
        })),
  );
  const bundle = { plan: { ...seed.plan, id: asPlanId('bench') }, indicators, actualValues };
  const options = { year: 2023, mode: 'midterm' } as const;
  const ms = medianMs(() => evaluatePlan(bundle, options), 7, 2);
  const withTexts = medianMs(() => readEveryExplanation(evaluatePlan(bundle, options)), 7, 2);
  const baseline = medianMs(() => bareCompoundLoop(actualValues), 7, 2);
  const size = `${INDICATORS.toLocaleString('en-US')} 项指标 × ${YEARS.length} 年`;
  const name = `评估 ${size}（结论、进度与数值；说明文字读取时生成）`;
  const row = { name, value: ms, unit: 'ms', ratio: ms / baseline, baseline: BASELINE };
  // Issue 12 keeps it under 100 ms; issue 16's moonshot asks for under 30 ms: the same run.
  return [
    { ...row, target: '< 100 ms', ok: ms < 100 },
    { ...row, name: `${name}（issue 16 目标）`, target: '< 30 ms', ok: ms < 30 },
    {
      ...row,
      name: `评估 ${size}并读出全部说明文字`,
      value: withTexts,
      ratio: withTexts / baseline,
      target: '',
      ok: true,
    },
  ];
}

/** Reads every evaluation's sentence, as a report or a fully scrolled grid would. */
function readEveryExplanation(result: PlanEvaluation): number {
  let characters = 0;
  for (const evaluation of result.evaluations) characters += evaluation.explanation.length;
  return characters;
}

function bareCompoundLoop(values: readonly ActualValue[]): number {
  let sum = 0;
  for (const value of values) sum += value.value / 1.07 ** (value.year - 2020);
  return sum;
}
