import { describe, expect, it } from 'vitest';
import { formatAxisValue, withAxisNumberFormat } from '../../../shared/charts/axisNumberFormat';
import { categoryBarsOption } from '../../../shared/charts/categoryBarsOption';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { jdzWithEnteredValues } from './jdzEntered';

describe('formatAxisValue', () => {
  it('groups from five whole digits, as every other number the app writes', () => {
    expect(formatAxisValue(1200)).toBe('1200');
    expect(formatAxisValue(33632)).toBe('33,632');
    expect(formatAxisValue(0.25)).toBe('0.25');
    expect(formatAxisValue(-1500)).toBe('-1500');
    expect(formatAxisValue(0)).toBe('0');
  });
});

describe('withAxisNumberFormat', () => {
  it('adds the formatter to value axes only, keeping their other label settings', () => {
    const option = {
      xAxis: { type: 'category', data: ['2021年'], axisLabel: { fontSize: 13 } },
      yAxis: { type: 'value', axisLabel: { fontSize: 13, color: '#595959' } },
    };
    const drawn = withAxisNumberFormat(option);
    expect(drawn['xAxis']).toBe(option.xAxis);
    expect(drawn['yAxis']).toEqual({
      type: 'value',
      axisLabel: { fontSize: 13, color: '#595959', formatter: formatAxisValue },
    });
    // The option itself stays plain JSON.
    expect(option.yAxis.axisLabel).toEqual({ fontSize: 13, color: '#595959' });
  });

  it('handles axis arrays and options without axes', () => {
    const drawn = withAxisNumberFormat({ yAxis: [{ type: 'value' }, { type: 'log' }] });
    expect(drawn['yAxis']).toEqual([
      { type: 'value', axisLabel: { formatter: formatAxisValue } },
      { type: 'log' },
    ]);
    expect(withAxisNumberFormat({ series: [] })).toEqual({ series: [] });
  });

  it('reaches the count axis of the category bars', () => {
    const { summary } = evaluatePlan(jdzWithEnteredValues(), { year: 2022, mode: 'midterm' });
    const drawn = withAxisNumberFormat(categoryBarsOption(summary));
    expect(drawn['yAxis']).toMatchObject({
      type: 'value',
      axisLabel: { formatter: formatAxisValue },
    });
    expect(drawn['xAxis']).toMatchObject({ type: 'category' });
  });
});
