import { describe, expect, it } from 'vitest';
import {
  actualCellText,
  actualYears,
  evaluationRows,
  indexYearActuals,
  progressBarModel,
} from '../../../../renderer/src/features/evaluation/evaluationTableModel';
import { evaluatePlan } from '../../../../shared/evaluation/evaluatePlan';
import { jdzWithEnteredValues } from '../../../shared/charts/jdzEntered';

const bundle = jdzWithEnteredValues();
const { evaluations } = evaluatePlan(bundle, { year: 2022, mode: 'midterm' });
const evaluationOf = (order: number) => evaluations[order - 1]!;

describe('evaluationTableModel', () => {
  it('pairs each indicator with its own evaluation', () => {
    const rows = evaluationRows(bundle.indicators, evaluations);
    expect(rows).toHaveLength(31);
    expect(rows.every((row) => row.indicator.id === row.evaluation.indicatorId)).toBe(true);
    expect(evaluationRows(bundle.indicators, evaluations.slice(1))).toEqual([]);
  });

  it('shows the actual years from the first plan year to the evaluation year', () => {
    expect(actualYears(bundle.plan, 2022)).toEqual([2021, 2022]);
    expect(actualYears(bundle.plan, 2025)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('writes levels as entered, with separators from 10,000, and growth in words', () => {
    const index = indexYearActuals([
      ...bundle.actualValues,
      { ...bundle.actualValues[0]!, year: 2023, measure: 'growth', value: 4.1 },
    ]);
    const gdp = index.get(bundle.indicators[0]!.id);
    expect(actualCellText(gdp?.get(2022))).toBe('1192.1');
    expect(actualCellText(gdp?.get(2023))).toBe('增长4.1%');
    expect(actualCellText(gdp?.get(2024))).toBe('');
    expect(actualCellText(index.get(bundle.indicators[23]!.id)?.get(2022))).toBe('38,603');
  });

  // GDP's current-price level grew 11.6 % a year against the 4.6 % its target level needs (R 250.8 %),
  // so task progress is R × time progress = 100.3 %, the bar full (DOMAIN.md, one figure per row).
  it('fills GDP to 100.3 % (R × time progress) in green with the time marker at 40 %', () => {
    const gdp = progressBarModel(evaluationOf(1), '预期性');
    expect(gdp).toEqual({
      fill: 1,
      marker: 0.4,
      color: '#52a447',
      text: '100.3%',
      title: '任务进度100.3%，时间进度40.0%',
    });
  });

  it('draws a lagging binding indicator in red and has no bar for a rate', () => {
    expect(progressBarModel(evaluationOf(26), '约束性')).toMatchObject({
      text: '5.7%',
      color: '#cf2e2e',
    });
    expect(progressBarModel(evaluationOf(3), '预期性')).toBeNull();
  });

  it('clips the bar but not the text beyond the target', () => {
    const beyond = { taskProgress: 1.25, timeProgress: 0.4, finalVerdict: '提前实现' as const };
    expect(progressBarModel(beyond, '预期性')).toMatchObject({ fill: 1, text: '125.0%' });
  });
});
