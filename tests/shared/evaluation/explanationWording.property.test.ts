import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActualValue, Measure } from '../../../shared/domain/actualValue';
import type { Indicator } from '../../../shared/domain/indicator';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import type { EvaluationMode } from '../../../shared/domain/verdict';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { isRatioIndicator } from '../../../shared/evaluation/shownUnit';

// Issue 12, item 10: every explanation sentence, for every seed plan and any actuals, names the
// indicator first (after the context it is set in: a later evaluation year, missing data, a
// revised base, and the year or period the figures are of), has a verb, never says 增长增长, never
// prints a negative share (「-6.7%」), never calls a single year 平均, and words a ratio's change
// without 个百分点.
const SEEDS = ['jdz-14', 'fz-14', 'cj-14', 'jdz-13c', 'fz-13c', 'cj-13c'].map(
  (name) => JSON.parse(readFileSync(`seeds/generated/seed-${name}.json`, 'utf8')) as PlanBundle,
);

const CONTEXT_PREFIX =
  /^(?:评估年份[^：]*：)?(?:缺少[^：]*评价：)?(?:基期值(?:由|采用)[^；]*；)?(?:\d{4}(?:—\d{4})?年(?:上半年|前三季度)?)?/;
const VERB = /为|达到|增长|下降|提高|降低|增加|减少|实现|完成|滞后|研判|评价/;

/** A problem with one sentence, or null. */
function wordingProblem(indicator: Indicator, explanation: string): string | null {
  const rest = explanation.replace(CONTEXT_PREFIX, '');
  if (!rest.startsWith(indicator.name)) return '不以指标名开头';
  if (!VERB.test(rest.slice(indicator.name.length))) return '没有动词';
  if (explanation.includes('增长增长')) return '增长增长';
  if (/-\d[\d,.]*%/.test(explanation)) return '负的百分比';
  if (isRatioIndicator(indicator) && explanation.includes('个百分点')) return '比值用了个百分点';
  const withoutName = explanation.split(indicator.name).join('□');
  for (const clause of withoutName.split(/[，；。：]/)) {
    const at = clause.indexOf('平均');
    if (at < 0) continue;
    const years = [...clause.slice(0, at).matchAll(/(\d{4})(—\d{4})?年/g)];
    const last = years[years.length - 1];
    if (last && last[2] === undefined) return '单一年份称平均';
  }
  return null;
}

type Path = {
  readonly growth: number[];
  readonly withRates: boolean;
  readonly withBaseYear: boolean;
};

function actualsFor(bundle: PlanBundle, path: Path): ActualValue[] {
  const { baseYear, targetYear } = bundle.plan;
  const actuals: ActualValue[] = [];
  const add = (indicator: Indicator, year: number, value: number, measure: Measure) =>
    actuals.push({
      indicatorId: indicator.id,
      year,
      measure,
      value: Number(value.toFixed(4)),
      status: '年报数',
      source: '',
      note: '',
    });
  for (const indicator of bundle.indicators) {
    const anchor = indicator.base.value ?? 50;
    let level = anchor;
    if (path.withBaseYear)
      add(indicator, baseYear, anchor * (1 + (path.growth[0] ?? 0) / 2), 'value');
    for (let year = baseYear + 1; year <= targetYear; year += 1) {
      const growth = path.growth[(year - baseYear) % path.growth.length] ?? 0;
      level *= 1 + growth;
      add(indicator, year, level, 'value');
      if (path.withRates) add(indicator, year, growth * 100, 'growth');
    }
  }
  return actuals;
}

describe('explanation wording over every seed plan and generated actuals', () => {
  it('names the indicator first and words rates, shares, ratios and single years rightly', () => {
    fc.assert(
      fc.property(
        fc.record({
          growth: fc.array(fc.double({ min: -0.15, max: 0.25, noNaN: true }), {
            minLength: 1,
            maxLength: 5,
          }),
          withRates: fc.boolean(),
          withBaseYear: fc.boolean(),
        }),
        fc.integer({ min: 0, max: SEEDS.length - 1 }),
        fc.constantFrom<EvaluationMode>('midterm', 'final'),
        (path, seedIndex, mode) => {
          const bundle = SEEDS[seedIndex]!;
          const actuals = actualsFor(bundle, path);
          const problems: string[] = [];
          for (let year = bundle.plan.baseYear + 1; year <= bundle.plan.targetYear; year += 1) {
            const { evaluations } = evaluatePlan(
              { ...bundle, actualValues: actuals },
              { year, mode },
            );
            evaluations.forEach((evaluation, index) => {
              const indicator = bundle.indicators[index]!;
              const problem = wordingProblem(indicator, evaluation.explanation);
              if (problem) problems.push(`${problem}：${evaluation.explanation}`);
            });
          }
          expect(problems).toEqual([]);
        },
      ),
      { numRuns: 40, seed: 12 },
    );
  });
});
