/**
 * Verdicts by category as stacked bars (issue 6: 评估分析; the report's 二、主要指标进展情况).
 */
import type { Verdict } from '../domain/verdict';
import type { EvaluationSummary } from '../evaluation/summarizeEvaluations';
import type { ChartOption } from './chartOption';
import { CHART_FONT_SIZE, CHART_INK, chartFrame, toneColor } from './chartOption';

/** The axis label of indicators without a category (tables such as 000's completion table). */
export const UNCATEGORISED_LABEL = '未分类';

/**
 * One bar per category (in the plan's order), one stacked segment per verdict in report order and
 * its colour; verdicts that occur nowhere are left out, empty segments carry no label.
 */
export function categoryBarsOption(summary: EvaluationSummary): ChartOption {
  const categories = summary.byCategory.map((group) => group.category || UNCATEGORISED_LABEL);
  const verdicts = summary.overall.counts
    .filter((entry) => entry.count > 0)
    .map((entry) => entry.verdict);
  return {
    ...chartFrame(),
    legend: {
      top: 0,
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { fontSize: CHART_FONT_SIZE.legend },
    },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { fontSize: CHART_FONT_SIZE.axis, color: CHART_INK.text, interval: 0 },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      name: '项',
      minInterval: 1,
      axisLabel: { fontSize: CHART_FONT_SIZE.axis, color: CHART_INK.muted },
      splitLine: { lineStyle: { color: CHART_INK.grid } },
    },
    series: verdicts.map((verdict) => barSeries(summary, verdict)),
  };
}

function barSeries(summary: EvaluationSummary, verdict: Verdict): ChartOption {
  return {
    type: 'bar',
    name: verdict,
    stack: '判断',
    barMaxWidth: 48,
    itemStyle: { color: toneColor(verdict) },
    label: { show: true, position: 'inside', color: '#ffffff', fontSize: CHART_FONT_SIZE.label },
    // '-' is ECharts' empty value: a zero draws no segment and no 「0」 label.
    data: summary.byCategory.map((group) => {
      const count = group.counts.find((entry) => entry.verdict === verdict)?.count ?? 0;
      return count > 0 ? count : '-';
    }),
  };
}
