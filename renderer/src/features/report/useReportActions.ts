import { useState } from 'react';
import { App } from 'antd';
import type { ReportDocument } from '../../../../shared/report/reportDocument';
import { getDb } from '../../db/db';
import { describeStorageError } from '../../db/errors';
import {
  discardReportSection,
  saveReportSection,
  type ReportKey,
} from '../../db/repositories/reportSectionsRepository';
import { getWorkbench } from '../../platform/workbench';
import { buildReportDocxFile, buildReportXlsxFile, reportFileName } from './reportExports';

/** What is being exported right now, if anything. */
export type ExportKind = 'docx' | 'xlsx' | 'pdf';

const FILTERS = {
  docx: [{ name: 'Word 文档', extensions: ['docx'] }],
  xlsx: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
} as const;

/** Saving and regenerating sections, and the three exports, with Chinese feedback. */
export function useReportActions(key: ReportKey | null, userName: string) {
  const { message } = App.useApp();
  const [exporting, setExporting] = useState<ExportKind | null>(null);

  const saveSection = async (sectionId: string, text: string, generatedText: string) => {
    if (!key) return;
    try {
      await saveReportSection(getDb(), {
        ...key,
        sectionId,
        text,
        generatedText,
        editedAt: new Date().toISOString(),
        editedBy: userName || '未署名',
      });
      void message.success('已保存本节修改');
    } catch (error) {
      void message.error(`保存失败：${describeStorageError(error)}`);
      throw error;
    }
  };
  const regenerateSection = async (sectionId: string) => {
    if (key) await discardReportSection(getDb(), key, sectionId);
  };

  const exportFile = async (kind: ExportKind, report: ReportDocument) => {
    if (exporting) return;
    setExporting(kind);
    try {
      const suggestedName = reportFileName(report, kind);
      const result =
        kind === 'pdf'
          ? await getWorkbench().printToPdf({ suggestedName })
          : await getWorkbench().saveFile({
              suggestedName,
              bytes:
                kind === 'docx'
                  ? await buildReportDocxFile(report)
                  : await buildReportXlsxFile(report),
              filters: FILTERS[kind],
            });
      if (result.status === 'failed') void message.error(result.message);
      if (result.status === 'saved' && kind !== 'pdf')
        void message.success(`已导出「${suggestedName}」`);
    } catch (error) {
      void message.error(`导出失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setExporting(null);
    }
  };
  return { exporting, saveSection, regenerateSection, exportFile };
}
