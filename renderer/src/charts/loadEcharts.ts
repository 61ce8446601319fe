/**
 * Loads ECharts once, on first use (issue 6: the first screen interactive in under 2 s, with
 * echarts loaded only when needed). Every chart waits on the same promise.
 */
import type * as EchartsModule from './echarts';

let loading: Promise<typeof EchartsModule> | null = null;

/** The ECharts module, imported the first time a chart is drawn. */
export function loadEcharts(): Promise<typeof EchartsModule> {
  loading ??= import('./echarts').catch((error: unknown) => {
    // A failed chunk load (a stale build after an update) may succeed on the next try.
    loading = null;
    throw error;
  });
  return loading;
}
