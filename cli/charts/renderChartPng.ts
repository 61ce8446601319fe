/**
 * Server-side chart rendering for the CLI's Word report: ECharts draws the option as SVG without
 * a DOM, resvg turns the SVG into a PNG at twice the layout size (TECH-NOTES.md). The chart is
 * always disposed, or a timer keeps Node from exiting.
 */
import { renderAsync } from '@resvg/resvg-js';
import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import { withAxisNumberFormat } from '../../shared/charts/axisNumberFormat';
import type { ChartOption } from '../../shared/charts/chartOption';
import type { FigureImage } from '../../shared/report/reportDocument';
import type { TextFontOptions } from './textToPaths';

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
  SVGRenderer,
]);

/** Layout size of a chart in CSS pixels. */
export type ChartSize = { readonly width: number; readonly height: number };

/** Printed charts are rendered at twice their layout size. */
export const RENDER_SCALE = 2;

/** Renders an option to SVG text (ECharts SSR). */
export function renderChartSvg(option: ChartOption, size: ChartSize): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    // ChartOption is ECharts' option as plain JSON (shared/charts/chartOption.ts).
    chart.setOption(withAxisNumberFormat(option) as echarts.EChartsCoreOption);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The font resvg draws chart text with. Chinese text needs a CJK font: the system's fonts are
 * loaded, Noto Sans CJK SC by default (Debian's fonts-noto-cjk; Windows has Microsoft YaHei).
 */
export const CHART_FONT: TextFontOptions = {
  loadSystemFonts: true,
  defaultFontFamily: 'Noto Sans CJK SC',
};

/**
 * Renders an option to a PNG at 2×. resvg spends some 15 ms on every text element (it reads the
 * font anew), so the rasterising runs off the main thread (renderAsync); a report turns its text
 * into outlines once for all its charts first (renderReportFigures, textToPaths.ts).
 */
export async function renderChartPng(option: ChartOption, size: ChartSize): Promise<FigureImage> {
  return rasteriseSvg(renderChartSvg(option, size));
}

/** An SVG to a PNG at 2× on a white background, off the main thread. */
export async function rasteriseSvg(svg: string): Promise<FigureImage> {
  const rendered = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: RENDER_SCALE },
    // Without text left (textToPaths.ts) the system font list need not be read.
    font: /<text\b/.test(svg) ? CHART_FONT : { loadSystemFonts: false },
    background: '#ffffff',
  });
  return {
    png: new Uint8Array(rendered.asPng()),
    widthPx: rendered.width,
    heightPx: rendered.height,
  };
}
