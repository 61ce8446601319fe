/**
 * The one door to ECharts (STYLE.md principle 4): only the chart types and components our options
 * use are registered, and this module is loaded with `import()` by loadEcharts, so the first
 * screen of the app does not carry ECharts.
 */
import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  // The shared options lay their grids out with containLabel, a feature ECharts 6 ships apart.
  LegacyGridContainLabel,
  CanvasRenderer,
  SVGRenderer,
]);

/** ECharts core with the registered charts. */
export { echarts };

/** A chart instance. */
export type EChartsInstance = echarts.ECharts;

/** What `setOption` takes. */
export type EChartsOption = echarts.EChartsCoreOption;
