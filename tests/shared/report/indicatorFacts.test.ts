import { describe, expect, it } from 'vitest';
import type { ActualValue } from '../../../shared/domain/actualValue';
import { asIndicatorId } from '../../../shared/domain/ids';
import type { Indicator } from '../../../shared/domain/indicator';
import { applyOverride } from '../../../shared/evaluation/applyOverride';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import type { IndicatorEvaluation } from '../../../shared/evaluation/indicatorEvaluation';
import { indicatorFact } from '../../../shared/report/indicatorFacts';
import {
  evaluateWith,
  makeActual,
  makeBase,
  makeIndicator,
  makePlan,
  type ValueRow,
} from '../../helpers/makeIndicator';

/** The clause of 二 for an indicator with these actuals, evaluated in 2022 (base 2020). */
function factOf(indicator: Indicator, rows: readonly ValueRow[]): string | null {
  const actuals = rows.map(([year, value]) => makeActual(indicator.id, year, value));
  return factOfEvaluated(indicator, evaluateWith(indicator, rows), actuals);
}

function factOfEvaluated(
  indicator: Indicator,
  evaluated: IndicatorEvaluation,
  actuals: readonly ActualValue[],
): string | null {
  const reviewed = applyOverride(evaluated, null);
  if (!reviewed.ok) throw new Error(reviewed.error.message);
  return indicatorFact({ indicator, evaluation: reviewed.value, actuals, components: [] }, 2020);
}

describe('indicatorFact', () => {
  const growth = makeIndicator({
    name: '地区生产总值增长',
    unit: '%',
    base: makeBase(6.1),
    target: { kind: 'growthRate', annualGrowth: { value: 6, qualifier: 'about' } },
  });

  it('tells a rate named …增长 as 年均增长, never 「…增长年均为」', () => {
    expect(
      factOf(growth, [
        [2021, 5.8],
        [2022, 6.3],
      ]),
    ).toBe('地区生产总值年均增长6.0%');
  });

  it('says a single year without 年均, and a fall as 下降', () => {
    expect(factOf({ ...growth, name: '规模以上工业增加值增速' }, [[2021, -1.2]])).toBe(
      '规模以上工业增加值下降1.2%',
    );
  });

  it('tells a relational rate by its own average growth', () => {
    const gdp = makeIndicator({ name: '地区生产总值增长', unit: '%', base: makeBase(6.1) });
    const income = makeIndicator({
      id: asIndicatorId('test-plan/002'),
      order: 2,
      name: '居民人均可支配收入增长',
      unit: '%',
      base: makeBase(null),
      target: { kind: 'relational', relation: 'inStep', referenceName: '经济' },
    });
    const actualValues = [
      makeActual(gdp.id, 2021, 5.8),
      makeActual(gdp.id, 2022, 5.1),
      makeActual(income.id, 2021, 6.1),
      makeActual(income.id, 2022, 5.3),
    ];
    const bundle = { plan: makePlan(), indicators: [gdp, income], actualValues };
    const { evaluations } = evaluatePlan(bundle, { year: 2022, mode: 'midterm' });
    const evaluated = evaluations.find((item) => item.indicatorId === income.id);
    if (!evaluated) throw new Error('未评价');
    expect(factOfEvaluated(income, evaluated, actualValues.slice(2))).toBe(
      '居民人均可支配收入年均增长5.7%',
    );
  });

  it('tells a flow by its sum over the years', () => {
    const jobs = makeIndicator({
      name: '城镇新增就业人数',
      unit: '万人',
      base: makeBase(null),
      target: {
        kind: 'cumulativeChange',
        change: { min: 1.2, max: 1.2, qualifier: 'exact' },
        targetValue: null,
      },
    });
    expect(
      factOf(jobs, [
        [2021, 0.25],
        [2022, 0.26],
      ]),
    ).toBe('城镇新增就业人数累计0.51万人');
  });

  it('tells a level by its value and its change from the base', () => {
    const forest = makeIndicator({
      name: '森林覆盖率',
      unit: '%',
      base: makeBase(61.2),
      target: { kind: 'floor', limit: 62, inclusive: true, isApproximate: false },
    });
    expect(factOf(forest, [[2022, 61.5]])).toBe('森林覆盖率为61.5%，较2020年提高0.3个百分点');
  });
});
