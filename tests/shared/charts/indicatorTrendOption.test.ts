import { describe, expect, it } from 'vitest';
import { indicatorTrendOption } from '../../../shared/charts/indicatorTrendOption';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { jdzWithEnteredValues } from './jdzEntered';

const bundle = jdzWithEnteredValues();
const { evaluations } = evaluatePlan(bundle, { year: 2022, mode: 'midterm' });

type Series = {
  type: string;
  name: string;
  itemStyle: { color: string };
  label?: { formatter: string };
  data: unknown[];
};

/** The trend option of the indicator at 1-based `order` in 景德镇's table. */
function trendOf(order: number) {
  return indicatorTrendOption({
    plan: bundle.plan,
    indicator: bundle.indicators[order - 1]!,
    evaluation: evaluations[order - 1]!,
    actualValues: bundle.actualValues,
  });
}

const top = (value: number, formatter: string) => ({
  value,
  label: { show: true, position: 'top', formatter },
});

describe('indicatorTrendOption', () => {
  it('draws GDP: actuals from the base in green (快于预期), the path to the target level, base and target', () => {
    const option = trendOf(1);
    expect(option?.animation).toBe(false);
    expect(option?.xAxis).toMatchObject({
      data: ['2020年', '2021年', '2022年', '2023年', '2024年', '2025年'],
    });
    expect(option?.yAxis).toMatchObject({ name: '亿元', min: 900, max: 1300, interval: 100 });
    const series = option?.series as Series[];
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['line', '实际值'],
      ['line', '预期进度（按目标值推算，年均增长4.6%）'],
      ['scatter', '基期值'],
      ['scatter', '目标值'],
    ]);
    expect(series[0]?.itemStyle.color).toBe('#52a447');
    expect(series[0]?.data).toEqual([
      { value: 957.14, symbol: 'none' },
      top(1102.3, '1102.3'),
      top(1192.1, '1192.1'),
      '-',
      '-',
      '-',
    ]);
    expect(series[2]?.label?.formatter).toBe('基期值\n957.14');
    expect(series[2]?.data).toEqual([957.14, '-', '-', '-', '-', '-']);
    expect(series[3]?.label?.formatter).toBe('目标值\n1200');
    expect(series[3]?.data).toEqual(['-', '-', '-', '-', '-', 1200]);
  });

  it('shows a lagging binding indicator in red and marks a revised base', () => {
    const education = trendOf(26);
    expect(evaluations[25]?.verdict).toBe('滞后');
    expect((education?.series as Series[])[0]?.itemStyle.color).toBe('#cf2e2e');
    const urbanisation = trendOf(13)?.series as Series[];
    expect(urbanisation.map((s) => s.name)).toContain('基期值（修订）');
    expect(urbanisation[2]?.label?.formatter).toBe('基期值\n65.02');
    expect(urbanisation[3]?.label?.formatter).toBe('目标值\n68.02');
  });

  it('puts the label of a fall below its point (工业增速 10.5 then 5.4 against 7 左右)', () => {
    const series = trendOf(3)?.series as Series[];
    expect(series.map((s) => s.name)).toEqual(['实际值', '规划增速（7%左右）']);
    expect(series[0]?.data).toEqual([
      '-',
      top(10.5, '10.5'),
      { value: 5.4, label: { show: true, position: 'bottom', formatter: '5.4' } },
      '-',
      '-',
      '-',
    ]);
    expect(series[1]?.data).toEqual([7, 7, 7, 7, 7, 7]);
  });

  it('colours by the verdict in force when the evaluator overrode it', () => {
    const option = indicatorTrendOption({
      plan: bundle.plan,
      indicator: bundle.indicators[0]!,
      evaluation: { ...evaluations[0]!, finalVerdict: '滞后' },
      actualValues: bundle.actualValues,
    });
    expect((option?.series as Series[])[0]?.itemStyle.color).toBe('#e8871e');
  });

  it('returns null for targets it cannot draw (三产比例, 能源综合生产能力)', () => {
    expect(trendOf(11)).toBeNull();
    expect(trendOf(7)).toBeNull();
  });

  it('is plain JSON', () => {
    const option = trendOf(13);
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });
});
