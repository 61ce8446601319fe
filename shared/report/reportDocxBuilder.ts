/**
 * The report as a Word document (issue 6「Word」), laid out per GB/T 9704-2012 (docxStyleBuilder,
 * docxPageBuilder): the title, the four sections with their figures, then the 附表 on a landscape
 * page of its own. Runs in Node and in the browser: the bytes come from Packer as a Uint8Array.
 */
import type { Paragraph, Table } from 'docx';
import { Document, Packer } from 'docx';
import { figureParagraphs } from './docxFigureBuilder';
import { pageNumberFooters, pageProperties, textWidthTwips } from './docxPageBuilder';
import {
  bodyParagraph,
  FONTS,
  fontRun,
  heading1Paragraph,
  heading2Paragraph,
  POINTS,
  titleParagraph,
} from './docxStyleBuilder';
import { progressTableDocx } from './docxTableBuilder';
import type { FigureImages, ReportDocument, ReportSection } from './reportDocument';
import { titleBlockLines, titleLines } from './reportTitle';
import {
  tableTitleParagraphs,
  tableNoteParagraphs,
  titleBlockParagraphs,
} from './docxAppendixBuilder';
import { listTableDocx } from './docxListTableBuilder';

/**
 * Builds the .docx. `images` holds the rendered chart of each figure by figure id; a figure
 * without an image is left out (the caller renders every figure of the report).
 */
export async function buildReportDocx(
  report: ReportDocument,
  images: FigureImages,
): Promise<Uint8Array> {
  const document = new Document({
    creator: '规划评估工作台',
    title: report.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { ...fontRun(FONTS.body, POINTS.sanhao) } } } },
    sections: [
      {
        properties: pageProperties('portrait'),
        footers: pageNumberFooters(),
        children: [
          titleParagraph(titleLines(report.title)),
          ...titleBlockParagraphs(titleBlockLines(report.framing)),
          ...report.sections.flatMap((section) => sectionContent(report, section, images)),
        ],
      },
      {
        properties: pageProperties('landscape'),
        footers: pageNumberFooters(),
        children: appendix(report),
      },
    ],
  });
  // Not toBuffer: a Node Buffer does not exist in the browser.
  return Packer.pack(document, 'uint8array');
}

function sectionContent(
  report: ReportDocument,
  section: ReportSection,
  images: FigureImages,
): (Paragraph | Table)[] {
  const width = textWidthTwips('portrait');
  const blocks = section.blocks.map((block) =>
    block.kind === 'subheading' ? heading2Paragraph(block.text) : bodyParagraph(block.text),
  );
  const figures = section.figureIds.flatMap((id) => {
    const figure = report.figures.find((candidate) => candidate.id === id);
    const image = images.get(id);
    return figure && image ? figureParagraphs(figure, image, width) : [];
  });
  return [heading1Paragraph(section.heading), ...blocks, ...figures];
}

/** 附表1 the indicators; 附表2 the follow-up table when anything lags. */
function appendix(report: ReportDocument): (Paragraph | Table)[] {
  const width = textWidthTwips('landscape');
  const hasFollowUp = report.followUp.rows.length > 0;
  return [
    ...tableTitleParagraphs(report.table, hasFollowUp ? '附表1' : '附表'),
    progressTableDocx(report.table, width),
    ...tableNoteParagraphs(report.table),
    ...(hasFollowUp
      ? [
          ...tableTitleParagraphs(report.followUp, '附表2', true),
          listTableDocx(report.followUp, width),
        ]
      : []),
  ];
}
