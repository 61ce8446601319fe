/** `printToPdf()`: the sender's page as an A4 PDF, saved where the user chooses. */
import type { PrintToPdfRequest, SaveResult } from '../../../shared/platform/workbenchApi';
import { defaultPathFor } from './dialogFilters';
import type { PrintToPdf, ShowSaveDialog, WriteFile } from './ports';
import { writeFailureReason } from './saveFileHandler';

/** What printing needs. */
export type PrintToPdfPorts<S> = {
  readonly showSaveDialog: ShowSaveDialog<S>;
  readonly printToPdf: PrintToPdf<S>;
  readonly writeFile: WriteFile;
  readonly defaultDirectory?: string;
};

/** Creates the handler: dialog first (cancelling is cheap), then render, then write. */
export function createPrintToPdfHandler<S>(
  ports: PrintToPdfPorts<S>,
): (request: PrintToPdfRequest, sender: S) => Promise<SaveResult> {
  return async (request, sender) => {
    const choice = await ports.showSaveDialog(sender, {
      title: '打印为 PDF',
      buttonLabel: '保存',
      defaultPath: defaultPathFor(
        ports.defaultDirectory ?? '',
        withPdfExtension(request.suggestedName),
      ),
      filters: [{ name: 'PDF 文档', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    let bytes: Uint8Array;
    try {
      bytes = await ports.printToPdf(sender, {
        pageSize: 'A4',
        printBackground: true,
        // The print view's @page rules set the GB/T 9704 margins and the landscape 附表.
        preferCSSPageSize: true,
      });
    } catch {
      return { status: 'failed', message: '生成 PDF 失败，请稍后重试。' };
    }
    try {
      await ports.writeFile(choice.filePath, bytes);
      return { status: 'saved', path: choice.filePath };
    } catch (error) {
      return { status: 'failed', message: `保存 PDF 失败：${writeFailureReason(error)}。` };
    }
  };
}

/** Appends `.pdf` unless the name already ends with it (any case). */
export function withPdfExtension(name: string): string {
  return name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
}
