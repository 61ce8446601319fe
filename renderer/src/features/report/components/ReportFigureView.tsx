import { useMemo } from 'react';
import { figureChartOption } from '../../../../../shared/report/figureChartOption';
import type { ReportFigure } from '../../../../../shared/report/reportDocument';
import { EChart } from '../../../charts/EChart';

/** One numbered figure as it will print: the chart, then its caption 「图1 …」 below. */
export function ReportFigureView({ figure }: { figure: ReportFigure }) {
  const option = useMemo(() => figureChartOption(figure.chart), [figure.chart]);
  if (!option) return null;
  return (
    <figure className="report-figure">
      <EChart option={option} height={320} label={figure.caption} />
      <figcaption>{figure.caption}</figcaption>
    </figure>
  );
}
