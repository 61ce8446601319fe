/**
 * Charts as PNG images for Word reports and for 保存图片 (issue 6: charts as high-resolution
 * images). Drawn on an offscreen canvas at `pixelRatio`, so a 640 × 360 chart at 2× prints
 * sharply at 16 cm wide; the option's white background keeps the image opaque.
 */
import { withAxisNumberFormat } from '../../../shared/charts/axisNumberFormat';
import type { ChartOption } from '../../../shared/charts/chartOption';
import type { EChartsOption } from './echarts';
import { loadEcharts } from './loadEcharts';

/** Renders an option to PNG bytes of (widthPx · pixelRatio) × (heightPx · pixelRatio) pixels. */
export async function renderChartPng(
  option: ChartOption,
  widthPx: number,
  heightPx: number,
  pixelRatio = 2,
): Promise<Uint8Array> {
  const { echarts } = await loadEcharts();
  // A detached element: with explicit sizes ECharts needs no layout, and nothing flashes on screen.
  const host = document.createElement('div');
  const chart = echarts.init(host, null, {
    renderer: 'canvas',
    width: widthPx,
    height: heightPx,
    devicePixelRatio: pixelRatio,
  });
  try {
    chart.setOption(withAxisNumberFormat(option) as EChartsOption);
    return dataUrlBytes(chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: '#ffffff' }));
  } finally {
    chart.dispose();
  }
}

/** The bytes of a base64 `data:` URL (fetch would need `connect-src data:` in the CSP). */
export function dataUrlBytes(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
