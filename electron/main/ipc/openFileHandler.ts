/** `openFile()`: a native open dialog, a size check, then the file's bytes. */
import type { OpenFileRequest, OpenedFile } from '../../../shared/platform/workbenchApi';
import { fileNameOf, toDialogFilters } from './dialogFilters';
import { HandlerError, formatMegabytes } from './errors';
import type { FileSize, ReadFile, ShowOpenDialog } from './ports';

/** What opening needs; `maxBytes` caps what is ever read into memory. */
export type OpenFilePorts<S> = {
  readonly showOpenDialog: ShowOpenDialog<S>;
  readonly fileSize: FileSize;
  readonly readFile: ReadFile;
  readonly maxBytes: number;
};

/** Creates the handler; resolves to null when the user cancels. */
export function createOpenFileHandler<S>(
  ports: OpenFilePorts<S>,
): (request: OpenFileRequest, sender: S) => Promise<OpenedFile | null> {
  return async (request, sender) => {
    const choice = await ports.showOpenDialog(sender, {
      title: request.title ?? '打开文件',
      buttonLabel: '打开',
      filters: toDialogFilters(request.filters),
      properties: ['openFile'],
    });
    const filePath = choice.filePaths[0];
    if (choice.canceled || filePath === undefined) return null;
    const name = fileNameOf(filePath);
    // Size first, so a huge file is refused without being read.
    assertWithinLimit(name, await ports.fileSize(filePath), ports.maxBytes);
    const bytes = await ports.readFile(filePath);
    assertWithinLimit(name, bytes.byteLength, ports.maxBytes);
    return { name, bytes };
  };
}

function assertWithinLimit(name: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new HandlerError(
      'file-too-large',
      `文件「${name}」大小为 ${formatMegabytes(size)}，超过了 ${formatMegabytes(maxBytes)} 的上限，无法打开。`,
    );
  }
}
