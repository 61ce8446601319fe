/** `saveFile()`: a native save dialog, then the bytes written where the user chose. */
import type { SaveFileRequest, SaveResult } from '../../../shared/platform/workbenchApi';
import { defaultPathFor, toDialogFilters } from './dialogFilters';
import { describeFileSystemError } from './errors';
import type { ShowSaveDialog, WriteFile } from './ports';

/** What saving needs. */
export type SaveFilePorts<S> = {
  readonly showSaveDialog: ShowSaveDialog<S>;
  readonly writeFile: WriteFile;
  readonly defaultDirectory?: string;
};

/** Creates the handler. Write errors become `{ status: 'failed' }` with a Chinese reason. */
export function createSaveFileHandler<S>(
  ports: SaveFilePorts<S>,
): (request: SaveFileRequest, sender: S) => Promise<SaveResult> {
  return async (request, sender) => {
    const choice = await ports.showSaveDialog(sender, {
      title: '保存文件',
      buttonLabel: '保存',
      defaultPath: defaultPathFor(ports.defaultDirectory ?? '', request.suggestedName),
      filters: toDialogFilters(request.filters),
    });
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    try {
      await ports.writeFile(choice.filePath, request.bytes);
      return { status: 'saved', path: choice.filePath };
    } catch (error) {
      return { status: 'failed', message: `保存失败：${writeFailureReason(error)}。` };
    }
  };
}

/** The Chinese reason a write failed (shared with the PDF handler). */
export function writeFailureReason(error: unknown): string {
  return describeFileSystemError(error) ?? '无法写入所选位置，请换一个文件夹再试';
}
