/**
 * Work items' status by lead department as stacked horizontal bars (issue 13「Screens」: a chart of
 * status by department; reports print the same counts by department).
 */
import { PROGRESS_STATUS_COLORS, STATUS_OR_MISSING } from '../domain/workItemProgress';
import type { WorkItemSummary } from '../evaluation/summarizeWorkItems';
import type { ChartOption } from './chartOption';
import { CHART_FONT_SIZE, CHART_INK, chartFrame } from './chartOption';

/** Most departments drawn; the rest are summed into 「其他单位」 so the bars stay readable. */
export const MAX_CHART_DEPARTMENTS = 12;

/**
 * One bar per lead department (most items on top), one stacked segment per status in display
 * order and colour; statuses that occur nowhere are left out.
 */
export function workItemStatusOption(summary: WorkItemSummary): ChartOption {
  const shown = summary.byDepartment.slice(0, MAX_CHART_DEPARTMENTS);
  const rest = summary.byDepartment.slice(MAX_CHART_DEPARTMENTS);
  const rows = rest.length > 0 ? [...shown, mergeRest(rest)] : shown;
  const statuses = STATUS_OR_MISSING.filter((status) => summary.byStatus[status] > 0);
  // ECharts draws the first category at the bottom: reverse so the largest is on top.
  const ordered = [...rows].reverse();
  return {
    ...chartFrame(),
    legend: {
      top: 0,
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { fontSize: CHART_FONT_SIZE.legend },
    },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    yAxis: {
      type: 'category',
      data: ordered.map((row) => row.department),
      axisLabel: { fontSize: CHART_FONT_SIZE.axis, color: CHART_INK.text },
    },
    xAxis: {
      type: 'value',
      name: '项',
      minInterval: 1,
      axisLabel: { fontSize: CHART_FONT_SIZE.axis, color: CHART_INK.muted },
      splitLine: { lineStyle: { color: CHART_INK.grid } },
    },
    series: statuses.map((status) => ({
      type: 'bar',
      name: status,
      stack: '状态',
      barMaxWidth: 22,
      itemStyle: { color: PROGRESS_STATUS_COLORS[status] },
      label: { show: true, position: 'inside', color: '#ffffff', fontSize: CHART_FONT_SIZE.label },
      data: ordered.map((row) => (row.byStatus[status] > 0 ? row.byStatus[status] : '-')),
    })),
  };
}

function mergeRest(rest: WorkItemSummary['byDepartment']): WorkItemSummary['byDepartment'][number] {
  const byStatus = Object.fromEntries(
    STATUS_OR_MISSING.map((status) => [
      status,
      rest.reduce((sum, row) => sum + row.byStatus[status], 0),
    ]),
  ) as WorkItemSummary['byDepartment'][number]['byStatus'];
  return {
    department: `其他 ${rest.length} 个单位`,
    total: rest.reduce((sum, row) => sum + row.total, 0),
    byStatus,
  };
}
