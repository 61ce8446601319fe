/**
 * The common frame of every chart option. Options are built here, in shared/, so the app (echarts
 * in the renderer), the Word report (server-side SVG → PNG) and the CLI draw the same picture
 * (UX.md「One vocabulary, one colour per verdict, everywhere」).
 */
import type { Verdict } from '../domain/verdict';
import { VERDICT_COLORS, VERDICT_TONE } from '../domain/verdict';

/**
 * A plain ECharts option object. shared/ cannot import echarts or its types (docs/decisions/0002),
 * so options are typed loosely here and handed to `setOption` as they are. They hold only JSON
 * data (no functions, no Dates): an option survives `JSON.stringify`, renders the same server-side,
 * and can be compared exactly in tests.
 */
export type ChartOption = { readonly [key: string]: unknown };

/** Chinese fonts in the order Windows, Linux (Noto CJK, also what resvg finds), fallback. */
export const CHART_FONT_FAMILY = "'Microsoft YaHei','Noto Sans CJK SC',sans-serif";

/** Text sizes in CSS px: readable on screen and at 2× in a 16 cm wide Word image. */
export const CHART_FONT_SIZE = { label: 13, axis: 13, legend: 13, centre: 30 } as const;

/** Colour of body text, axes and the neutral marks (base, expected path). */
export const CHART_INK = { text: '#262626', muted: '#595959', grid: '#e5e5e5' } as const;

/**
 * The options every chart shares: no animation (server-side rendering draws the first frame, and
 * paper has no motion), a white background for Word images, Chinese fonts.
 */
export function chartFrame(): ChartOption {
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: {
      fontFamily: CHART_FONT_FAMILY,
      fontSize: CHART_FONT_SIZE.label,
      color: CHART_INK.text,
    },
  };
}

/**
 * The colour of a verdict in a chart that counts indicators of both attributes (donut, bars):
 * the tone's colour; the red of a lagging binding indicator belongs to single indicators
 * (verdictColor), since a count of 滞后 mixes both attributes.
 */
export function toneColor(verdict: Verdict): string {
  return VERDICT_COLORS[VERDICT_TONE[verdict]];
}
