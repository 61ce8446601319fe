/**
 * Builds the report's Word and Excel files in the browser. The heavy libraries are loaded only
 * here, on demand, so the first screen stays light: docx and exceljs by import(), echarts by
 * renderChartPng itself.
 */
import { renderChartPng } from '../../charts/renderChartImage';
import { FIGURE_SIZE, figureChartOption } from '../../../../shared/report/figureChartOption';
import type { FigureImage, ReportDocument } from '../../../../shared/report/reportDocument';

/** Renders every figure of the report to a PNG at 2× its layout size. */
export async function renderFigureImages(
  report: ReportDocument,
): Promise<Map<string, FigureImage>> {
  const images = new Map<string, FigureImage>();
  for (const figure of report.figures) {
    const option = figureChartOption(figure.chart);
    if (!option) continue;
    const png = await renderChartPng(option, FIGURE_SIZE.widthPx, FIGURE_SIZE.heightPx, 2);
    images.set(figure.id, {
      png,
      widthPx: FIGURE_SIZE.widthPx * 2,
      heightPx: FIGURE_SIZE.heightPx * 2,
    });
  }
  return images;
}

/** The report as a .docx file laid out per GB/T 9704-2012. */
export async function buildReportDocxFile(report: ReportDocument): Promise<Uint8Array> {
  const [images, { buildReportDocx }] = await Promise.all([
    renderFigureImages(report),
    import('../../../../shared/report/reportDocxBuilder'),
  ]);
  return buildReportDocx(report, images);
}

/** The report's tables as a styled .xlsx file. */
export async function buildReportXlsxFile(report: ReportDocument): Promise<Uint8Array> {
  const { buildReportWorkbook } = await import('../../../../shared/report/reportXlsxBuilder');
  return buildReportWorkbook(report, { createdAt: new Date() });
}

/** File name of an export: 「景德镇市…中期评估报告（2023年）.docx」. */
export function reportFileName(report: ReportDocument, extension: 'docx' | 'xlsx' | 'pdf'): string {
  const name = report.title.replace(/[\\/:*?"<>|]/g, '');
  return `${name}（${report.year}年）.${extension}`;
}
