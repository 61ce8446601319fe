/**
 * Renders every figure of a report to a PNG for the Word export. The option and the layout size
 * are those the app uses (shared/report/figureChartOption.ts), so Word shows what the screen shows.
 */
import { FIGURE_SIZE, figureChartOption } from '../../shared/report/figureChartOption';
import type { FigureImage, ReportDocument } from '../../shared/report/reportDocument';
import { renderChartPng } from './renderChartPng';

/** PNGs by figure id, rendered concurrently; a figure whose chart draws nothing gets none. */
export async function renderReportFigures(
  report: ReportDocument,
): Promise<Map<string, FigureImage>> {
  const size = { width: FIGURE_SIZE.widthPx, height: FIGURE_SIZE.heightPx };
  const rendered = await Promise.all(
    report.figures.map(async (figure) => {
      const option = figureChartOption(figure.chart);
      if (!option) return null;
      return [figure.id, await renderChartPng(option, size)] as const;
    }),
  );
  return new Map(rendered.filter((entry) => entry !== null));
}
