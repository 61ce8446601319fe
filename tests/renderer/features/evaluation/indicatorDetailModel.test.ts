import { describe, expect, it } from 'vitest';
import {
  numberUsedText,
  remainingNeedText,
} from '../../../../renderer/src/features/evaluation/indicatorDetailModel';
import { evaluatePlan } from '../../../../shared/evaluation/evaluatePlan';
import { jdzWithEnteredValues } from '../../../shared/charts/jdzEntered';

const bundle = jdzWithEnteredValues();
const { evaluations } = evaluatePlan(bundle, { year: 2022, mode: 'midterm' });
const need = (order: number) =>
  remainingNeedText(evaluations[order - 1]!, bundle.indicators[order - 1]!, bundle.plan);

describe('indicatorDetailModel', () => {
  it('says what the remaining years need, as growth, points or an amount', () => {
    expect(need(1)).toBe('2023—2025年需年均增长0.2%');
    expect(need(13)).toBe('2023—2025年需年均提高0.54个百分点');
    expect(need(9)).toBe('2023—2025年需年均增加0.2件');
    // A ceiling is judged year by year; a judgment target has no figure.
    expect(need(25)).toBeNull();
    expect(need(7)).toBeNull();
  });

  it('has nothing to ask for once the target year is evaluated', () => {
    const final = evaluatePlan(bundle, { year: 2025, mode: 'final' }).evaluations[0]!;
    expect(
      remainingNeedText({ ...final, dataYear: 2025 }, bundle.indicators[0]!, bundle.plan),
    ).toBeNull();
  });

  it('labels the numbers used with their year and unit, rates in %', () => {
    const gdp = evaluations[0]!;
    expect(gdp.numbers.map((number) => numberUsedText(number, bundle.indicators[0]!))).toEqual([
      { label: '基期值（2020年）', value: '957.14亿元' },
      { label: '实际值（2022年）', value: '1192.1亿元' },
      { label: '预期进度值（2022年）', value: '1047.75亿元' },
      { label: '规划年均增速', value: '7%' },
      { label: '目标值所需年均增速', value: '4.63%' },
      { label: '现价年均增速', value: '11.60%' },
      { label: '目标值（2025年）', value: '1200亿元' },
    ]);
    const urbanisation = evaluations[12]!;
    expect(
      urbanisation.numbers.map((number) => numberUsedText(number, bundle.indicators[12]!).value),
    ).toEqual(['65.02%', '66.4%', '3个百分点', '1.38个百分点']);
  });
});
