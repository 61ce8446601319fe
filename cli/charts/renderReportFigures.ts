/**
 * Renders every figure of a report to a PNG for the Word export. The option and the layout size
 * are those the app uses (shared/report/figureChartOption.ts), so Word shows what the screen shows.
 */
import { FIGURE_SIZE, figureChartOption } from '../../shared/report/figureChartOption';
import type { FigureImage, ReportDocument } from '../../shared/report/reportDocument';
import { CHART_FONT, rasteriseSvg, renderChartSvg } from './renderChartPng';
import { textToPaths } from './textToPaths';

/**
 * PNGs by figure id, rendered concurrently; a figure whose chart draws nothing gets none. The
 * charts' text becomes outlines once for the whole report (textToPaths.ts) before rasterising.
 */
export async function renderReportFigures(
  report: ReportDocument,
): Promise<Map<string, FigureImage>> {
  const size = { width: FIGURE_SIZE.widthPx, height: FIGURE_SIZE.heightPx };
  const drawn = report.figures.flatMap((figure) => {
    const option = figureChartOption(figure.chart);
    return option ? [{ id: figure.id, svg: renderChartSvg(option, size) }] : [];
  });
  const outlined = await textToPaths(
    drawn.map((chart) => chart.svg),
    CHART_FONT,
  );
  const images = await Promise.all(
    drawn.map(
      async (chart, at) => [chart.id, await rasteriseSvg(outlined[at] ?? chart.svg)] as const,
    ),
  );
  return new Map(images);
}
