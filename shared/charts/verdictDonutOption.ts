/**
 * Verdict counts as a donut with the total in the centre (issue 6: 评估分析; the report's 一、总体评价).
 */
import type { EvaluationSummary } from '../evaluation/summarizeEvaluations';
import type { ChartOption } from './chartOption';
import { CHART_FONT_SIZE, CHART_INK, chartFrame, toneColor } from './chartOption';

/**
 * One slice per verdict that occurs, in report order, each in its verdict's colour, labelled
 * outside with its count (「符合预期 5项」) so the chart reads on paper without a tooltip; the
 * number of indicators stands in the centre.
 */
export function verdictDonutOption(summary: EvaluationSummary): ChartOption {
  const slices = summary.overall.counts.filter((entry) => entry.count > 0);
  return {
    ...chartFrame(),
    title: {
      text: String(summary.overall.total),
      subtext: '项指标',
      left: 'center',
      top: 'middle',
      itemGap: 2,
      textStyle: { fontSize: CHART_FONT_SIZE.centre, fontWeight: 'bold', color: CHART_INK.text },
      subtextStyle: { fontSize: CHART_FONT_SIZE.label, color: CHART_INK.muted },
    },
    tooltip: { trigger: 'item', formatter: '{b}：{c}项（{d}%）' },
    series: [
      {
        type: 'pie',
        name: '判断结果',
        radius: ['42%', '64%'],
        center: ['50%', '50%'],
        avoidLabelOverlap: true,
        minAngle: 4,
        label: {
          show: true,
          formatter: '{b}\n{c}项',
          fontSize: CHART_FONT_SIZE.label,
          lineHeight: 18,
        },
        labelLine: { show: true, length: 10, length2: 12 },
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        data: slices.map((entry) => ({
          name: entry.verdict,
          value: entry.count,
          itemStyle: { color: toneColor(entry.verdict) },
        })),
      },
    ],
  };
}
