/**
 * One indicator's trend (issue 6: the indicator detail of 评估分析, and the report's charts):
 * its actuals by year as a line with points, in its verdict's colour, against the expected path
 * from base to target (dashed), or against the planned rate or bound for rate and bound kinds.
 */
import type { ActualValue } from '../domain/actualValue';
import { verdictColor } from '../domain/verdict';
import type { ReviewedEvaluation } from '../evaluation/applyOverride';
import { decimalsOf, formatAsWritten, formatNumber } from '../lib/formatNumber';
import type { ChartOption } from './chartOption';
import { CHART_FONT_SIZE, CHART_INK, chartFrame } from './chartOption';
import type { TrendGuide, TrendGuideInput, TrendPoint } from './trendGuide';
import { trendGuide } from './trendGuide';
import { valueAxisExtent } from './valueAxisExtent';

/** An indicator, its evaluation (verdict in force, base revision) and the plan's actual values. */
export type IndicatorTrendInput = TrendGuideInput & {
  readonly evaluation: Pick<ReviewedEvaluation, 'baseRevision' | 'finalVerdict'>;
  /** Actual values of the plan or of the indicator; other indicators and measures are ignored. */
  readonly actualValues: readonly ActualValue[];
};

/**
 * The trend chart of an indicator. Draws levelWithGrowth, level and cumulativeChange targets as
 * an expected path with base and target marked, and growthRate, ceiling, floor and keepStable as
 * a dashed level line; returns null for cumulativeReduction, structure, relational and judgment
 * targets (see trendGuide), which have no single level to compare with.
 */
export function indicatorTrendOption(input: IndicatorTrendInput): ChartOption | null {
  const guide = trendGuide(input);
  if (!guide) return null;
  const { plan, indicator, evaluation } = input;
  const years = Array.from(
    { length: plan.targetYear - plan.baseYear + 1 },
    (_, i) => plan.baseYear + i,
  );
  const actuals = actualsOf(input);
  // The actual line starts at the base (the revised one when revised), whose label is the mark's.
  const start = guide.base;
  const extent = valueAxisExtent([...actuals.values(), ...guideValues(guide)]);
  const decimals = Math.min(2, decimalsOf(indicator.base.value ?? 0));
  const color = verdictColor(evaluation.finalVerdict, indicator.attribute);
  return {
    ...chartFrame(),
    legend: { bottom: 0, textStyle: { fontSize: CHART_FONT_SIZE.legend } },
    tooltip: { trigger: 'axis' },
    grid: { left: 12, right: 16, top: 36, bottom: 36, containLabel: true },
    xAxis: {
      type: 'category',
      // Half a year of room at each end for the base and target labels.
      boundaryGap: true,
      data: years.map((year) => `${year}年`),
      axisLabel: { fontSize: CHART_FONT_SIZE.axis, color: CHART_INK.text },
    },
    yAxis: {
      type: 'value',
      ...extent,
      name: indicator.unit,
      nameTextStyle: { fontSize: CHART_FONT_SIZE.axis, color: CHART_INK.muted },
      axisLabel: { fontSize: CHART_FONT_SIZE.axis, color: CHART_INK.muted },
      splitLine: { lineStyle: { color: CHART_INK.grid } },
    },
    series: [actualSeries(years, actuals, start, color), ...guideSeries(years, guide, decimals)],
  };
}

/** Every value the guide draws, for the axis extent. */
function guideValues(guide: TrendGuide): number[] {
  const base = guide.base ? [guide.base.value] : [];
  return guide.kind === 'line'
    ? [guide.value, ...base]
    : [...guide.points.map((point) => point.value), guide.target.value, ...base];
}

function actualsOf(input: IndicatorTrendInput): Map<number, number> {
  const actuals = new Map<number, number>();
  for (const value of input.actualValues) {
    const isShown =
      value.indicatorId === input.indicator.id &&
      value.measure === 'value' &&
      value.year >= input.plan.baseYear &&
      value.year <= input.plan.targetYear;
    if (isShown) actuals.set(value.year, value.value);
  }
  return actuals;
}

function actualSeries(
  years: readonly number[],
  actuals: Map<number, number>,
  start: TrendPoint | null,
  color: string,
) {
  return {
    type: 'line',
    name: '实际值',
    z: 4,
    connectNulls: true,
    symbol: 'circle',
    symbolSize: 8,
    itemStyle: { color },
    lineStyle: { color, width: 2.5 },
    // Labels written as entered (UX.md「Numbers」: 957.14 stays 957.14), no tooltip needed.
    data: years.map((year) => {
      if (start?.year === year) return { value: start.value, symbol: 'none' };
      const value = actuals.get(year);
      if (value === undefined) return '-';
      // Below a fall, above a rise, so the label stays off the line.
      const before = actuals.get(year - 1) ?? (start?.year === year - 1 ? start.value : undefined);
      const position = before !== undefined && value < before ? 'bottom' : 'top';
      return { value, label: { show: true, position, formatter: formatAsWritten(value) } };
    }),
  };
}

function guideSeries(
  years: readonly number[],
  guide: TrendGuide,
  decimals: number,
): readonly ChartOption[] {
  const dashed = {
    type: 'line',
    name: guide.label,
    symbol: 'none',
    lineStyle: { color: CHART_INK.muted, width: 1.5, type: 'dashed' },
    itemStyle: { color: CHART_INK.muted },
  };
  const baseName = guide.isBaseRevised ? '基期值（修订）' : '基期值';
  const baseMark = guide.base
    ? [
        markSeries(years, baseName, guide.base, decimals, {
          symbol: 'circle',
          color: CHART_INK.muted,
          position: 'left',
        }),
      ]
    : [];
  if (guide.kind === 'line')
    return [{ ...dashed, data: years.map(() => guide.value) }, ...baseMark];
  return [
    { ...dashed, data: guide.points.map((point) => point.value) },
    ...baseMark,
    markSeries(years, '目标值', guide.target, decimals, {
      symbol: 'diamond',
      color: CHART_INK.text,
      position: 'right',
    }),
  ];
}

function markSeries(
  years: readonly number[],
  name: string,
  point: TrendPoint,
  decimals: number,
  style: { symbol: string; color: string; position: string },
): ChartOption {
  const text =
    decimalsOf(point.value) <= decimals
      ? formatAsWritten(point.value)
      : formatNumber(point.value, decimals);
  return {
    type: 'scatter',
    name,
    z: 5,
    symbol: style.symbol,
    symbolSize: 12,
    itemStyle: { color: style.color },
    label: {
      show: true,
      position: style.position,
      formatter: `${name.slice(0, 3)}\n${text}`,
      lineHeight: 17,
      color: style.color,
      fontSize: CHART_FONT_SIZE.label,
    },
    data: years.map((year) => (year === point.year ? point.value : '-')),
  };
}
