import { useEffect, useRef, useState } from 'react';
import { Alert } from 'antd';
import { withAxisNumberFormat } from '../../../shared/charts/axisNumberFormat';
import type { ChartOption } from '../../../shared/charts/chartOption';
import type { EChartsInstance, EChartsOption } from './echarts';
import { loadEcharts } from './loadEcharts';

type EChartProps = {
  /** A plain option from shared/charts. */
  option: ChartOption;
  height: number;
  /** What the chart shows, for screen readers (and tests). */
  label: string;
};

/**
 * The one chart component (STYLE.md「Charts」): loads ECharts lazily, draws SVG (sharp at any zoom,
 * text stays text), follows its container's size, and disposes the instance on unmount.
 */
export function EChart({ option, height, label }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsInstance | null>(null);
  const latest = useRef(option);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    latest.current = option;
    chart.current?.setOption(withAxisNumberFormat(option) as EChartsOption, { notMerge: true });
  }, [option]);

  useEffect(() => {
    let isUnmounted = false;
    let observer: ResizeObserver | null = null;
    loadEcharts()
      .then(({ echarts }) => {
        const element = container.current;
        if (isUnmounted || !element) return;
        const instance = echarts.init(element, null, { renderer: 'svg' });
        instance.setOption(withAxisNumberFormat(latest.current) as EChartsOption, {
          notMerge: true,
        });
        chart.current = instance;
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(element);
      })
      .catch(() => setFailure('图表组件加载失败，请重新打开本页面；数据与判断不受影响。'));
    return () => {
      isUnmounted = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  if (failure) return <Alert type="warning" showIcon title={failure} />;
  return <div ref={container} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
