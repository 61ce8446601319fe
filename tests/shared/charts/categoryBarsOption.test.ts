import { describe, expect, it } from 'vitest';
import { categoryBarsOption } from '../../../shared/charts/categoryBarsOption';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { summarizeEvaluations } from '../../../shared/evaluation/summarizeEvaluations';
import { jdzWithEnteredValues } from './jdzEntered';

type BarSeries = { name: string; stack: string; itemStyle: { color: string }; data: unknown[] };

describe('categoryBarsOption', () => {
  it('stacks 景德镇 2022 verdicts per category, in the plan order, zeros left empty', () => {
    const { summary } = evaluatePlan(jdzWithEnteredValues(), { year: 2022, mode: 'midterm' });
    const option = categoryBarsOption(summary);
    expect(option.animation).toBe(false);
    expect(option.xAxis).toMatchObject({
      data: ['综合质效', '创新驱动', '协调发展', '改革开放', '绿色生态', '民生福祉'],
    });
    const series = option.series as BarSeries[];
    expect(series.map((s) => [s.name, s.itemStyle.color, s.data])).toEqual([
      ['快于预期', '#52a447', [1, 1, '-', 1, '-', '-']],
      ['符合预期', '#2f6fd0', [3, 1, 1, '-', '-', 2]],
      ['滞后', '#e8871e', [1, '-', '-', '-', '-', 1]],
      ['需人工研判', '#7b4fc9', [1, '-', '-', '-', 6, '-']],
      ['数据不足', '#8c8c8c', [1, 1, 2, 1, 2, 5]],
    ]);
    expect(new Set(series.map((s) => s.stack))).toEqual(new Set(['判断']));
  });

  it('names indicators without a category 未分类', () => {
    const bundle = jdzWithEnteredValues();
    const { evaluations } = evaluatePlan(bundle, { year: 2022, mode: 'midterm' });
    const flat = evaluations.slice(0, 2).map((evaluation) => ({ ...evaluation, category: '' }));
    const summary = summarizeEvaluations(flat, []);
    const option = categoryBarsOption(summary);
    expect(option.xAxis).toMatchObject({ data: ['未分类'] });
    expect((option.series as BarSeries[]).map((s) => [s.name, s.data])).toEqual([
      ['快于预期', [1]],
      ['滞后', [1]],
    ]);
  });
});
