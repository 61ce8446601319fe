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
import { getWorkbench, isElectron } from '../../platform/workbench';
import { buildReportDocxFile, buildReportXlsxFile, reportFileName } from './reportExports';

/** What is being exported right now, if anything. */
export type ExportKind = 'docx' | 'xlsx' | 'pdf';

const FILTERS = {
  docx: [{ name: 'Word 文档', extensions: ['docx'] }],
  xlsx: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
} as const;

/** Saving and regenerating sections, and the three exports, with Chinese feedback. */
export function useReportActions(key: ReportKey | null, userName: string) {
  const { message, modal } = App.useApp();
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
    // In a browser the PDF comes from its print window: say which printer to choose first.
    if (kind === 'pdf' && !isElectron() && !(await confirmBrowserPrint(modal))) return;
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

/** Explains the browser's print window before opening it (issue 15 item 12); true to go on. */
function confirmBrowserPrint(modal: ReturnType<typeof App.useApp>['modal']): Promise<boolean> {
  return new Promise((resolve) => {
    modal.confirm({
      title: '打印 / 导出 PDF',
      content:
        '将打开浏览器的打印窗口。要保存为 PDF 文件，请在「目标打印机」中选择「另存为 PDF」，再点「保存」。正文按 A4 纵向、附表按 A4 横向排版，页码居中。',
      okText: '打开打印窗口',
      cancelText: '取消',
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}
