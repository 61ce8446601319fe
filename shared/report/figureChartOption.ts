/**
 * The chart option of a report figure: one switch over ChartSpec, so the app's preview, the Word
 * images rendered in the browser and those rendered by the CLI all draw the same chart.
 */
import { categoryBarsOption } from '../charts/categoryBarsOption';
import type { ChartOption } from '../charts/chartOption';
import { indicatorTrendOption } from '../charts/indicatorTrendOption';
import { verdictDonutOption } from '../charts/verdictDonutOption';
import { assertNever } from '../domain/target';
import type { ChartSpec } from './reportDocument';

/** Layout size of report figures in CSS pixels; images are rendered at 2× (16 cm wide in Word). */
export const FIGURE_SIZE = { widthPx: 640, heightPx: 360 } as const;

/** The option drawing `spec`, or null when the chart cannot be drawn (a trend of another kind). */
export function figureChartOption(spec: ChartSpec): ChartOption | null {
  switch (spec.kind) {
    case 'verdictDonut':
      return verdictDonutOption(spec.summary);
    case 'categoryBars':
      return categoryBarsOption(spec.summary);
    case 'indicatorTrend':
      return indicatorTrendOption({
        plan: spec.plan,
        indicator: spec.indicator,
        evaluation: spec.evaluation,
        actualValues: spec.actualValues,
      });
    default:
      return assertNever(spec);
  }
}
