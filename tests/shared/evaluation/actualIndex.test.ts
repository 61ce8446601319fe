import { describe, expect, it } from 'vitest';
import type { ActualValue, Measure, ValueStatus } from '../../../shared/domain/actualValue';
import { asIndicatorId } from '../../../shared/domain/ids';
import { indexActuals, seriesOf } from '../../../shared/evaluation/actualIndex';

function actual(
  id: string,
  year: number,
  value: number,
  status: ValueStatus = '年报数',
  measure: Measure = 'value',
): ActualValue {
  return { indicatorId: asIndicatorId(id), year, measure, value, status, source: '', note: '' };
}

describe('indexActuals', () => {
  it('lets the later value win while every value has one status', () => {
    const index = indexActuals([actual('a', 2021, 1), actual('a', 2021, 2)]);
    expect(seriesOf(index, 'a').value.get(2021)).toBe(2);
  });

  it('keeps the more final status once statuses differ, whichever comes first', () => {
    const index = indexActuals([
      actual('a', 2021, 1, '核实数'),
      actual('a', 2022, 5, '核实数'),
      actual('a', 2021, 2, '预计数'),
      actual('a', 2022, 6, '核实数'),
      actual('a', 2023, 7, '预计数'),
      actual('a', 2023, 8, '快报数'),
      actual('a', 2023, 9, '预计数'),
    ]);
    const values = seriesOf(index, 'a').value;
    expect([...values]).toEqual([
      [2021, 1],
      [2022, 6],
      [2023, 8],
    ]);
  });

  it('ranks each measure on its own and follows indicators that come interleaved', () => {
    const index = indexActuals([
      actual('a', 2021, 1, '核实数', 'growth'),
      actual('b', 2021, 10, '预计数'),
      actual('a', 2021, 2, '预计数'),
      actual('b', 2021, 11, '年报数'),
      actual('a', 2021, 3, '快报数', 'growth'),
      actual('a', 2021, Number.NaN, '核实数'),
    ]);
    expect(seriesOf(index, 'a').growth.get(2021)).toBe(1);
    expect(seriesOf(index, 'a').value.get(2021)).toBe(2);
    expect(seriesOf(index, 'b').value.get(2021)).toBe(11);
    expect(seriesOf(index, 'c').value.size).toBe(0);
  });
});
