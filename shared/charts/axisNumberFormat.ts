/**
 * The value axes' tick labels in the app's number format. ECharts writes ticks with its own
 * thousands separators from four whole digits on (1,200), while every label, table and sentence
 * groups from five (1200, 33,632: formatNumber, decision 0040). Options stay plain JSON
 * (chartOption.ts), so the drawing step (the app's chart, the saved image, the CLI's renderer)
 * adds the formatter function just before `setOption`.
 */
import { decimalsOf, formatNumber } from '../lib/formatNumber';
import type { ChartOption } from './chartOption';

/** A tick value as the app writes numbers: as many decimals as the tick has, grouped from 1e4. */
export function formatAxisValue(value: number): string {
  return formatNumber(value, decimalsOf(value));
}

/** A copy of `option` whose value axes (`type: 'value'`) label their ticks with formatAxisValue. */
export function withAxisNumberFormat(option: ChartOption): ChartOption {
  const withFormatter = (axis: unknown): unknown => {
    if (Array.isArray(axis)) return axis.map(withFormatter);
    if (!isRecord(axis) || axis['type'] !== 'value') return axis;
    const label = isRecord(axis['axisLabel']) ? axis['axisLabel'] : {};
    return { ...axis, axisLabel: { ...label, formatter: formatAxisValue } };
  };
  const copy: Record<string, unknown> = { ...option };
  for (const key of ['xAxis', 'yAxis'] as const) {
    if (key in copy) copy[key] = withFormatter(copy[key]);
  }
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
