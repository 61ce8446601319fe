import type { ReportDocument } from '../../../../../shared/report/reportDocument';
import { titleBlockLines, titleLines } from '../../../../../shared/report/reportTitle';
import { ReportListTableView } from './ReportListTableView';
import { ReportSectionView } from './ReportSectionView';
import { ReportTableView } from './ReportTableView';

type ReportPaperProps = {
  readonly report: ReportDocument;
  readonly onSaveSection: (sectionId: string, text: string, generatedText: string) => Promise<void>;
  readonly onRegenerateSection: (sectionId: string) => Promise<void>;
};

/**
 * The report as it will print (the print view of issue 6 item 5): the same content, in the same
 * order, as the Word file — title and its date, meeting and reporter lines, sections with their
 * figures, then the 附表 and the 整改任务分工表.
 */
export function ReportPaper({ report, onSaveSection, onRegenerateSection }: ReportPaperProps) {
  const figuresById = new Map(report.figures.map((figure) => [figure.id, figure]));
  return (
    <article className="report-paper" aria-label="报告预览">
      <h1 className="report-title">
        {titleLines(report.title).map((line) => (
          <span key={line} className="report-title-line">
            {line}
          </span>
        ))}
      </h1>
      {titleBlockLines(report.framing).map((line) => (
        <p key={line} className="report-title-block">
          {line}
        </p>
      ))}
      {report.sections.map((section) => (
        <ReportSectionView
          key={section.id}
          section={section}
          figures={section.figureIds.flatMap((id) => figuresById.get(id) ?? [])}
          onSave={(text) => onSaveSection(section.id, text, section.generatedText)}
          onRegenerate={() => onRegenerateSection(section.id)}
        />
      ))}
      <ReportTableView
        table={report.table}
        label={report.followUp.rows.length > 0 ? '附表1' : '附表'}
      />
      {report.followUp.rows.length > 0 ? (
        <ReportListTableView table={report.followUp} label="附表2" />
      ) : null}
    </article>
  );
}
