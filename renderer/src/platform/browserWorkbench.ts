import type {
  AppInfo,
  FileFilter,
  MenuCommand,
  OpenFileRequest,
  OpenedFile,
  PrintToPdfRequest,
  SaveFileRequest,
  SaveResult,
  Unsubscribe,
  WorkbenchApi,
} from '../../../shared/platform/workbenchApi';
import {
  listBrowserAutoBackups,
  readBrowserAutoBackup,
  writeBrowserAutoBackup,
} from './browserAutoBackups';

/**
 * Web-mode host: the same contract with browser means (Blob download, <input type=file>,
 * window.print), so every feature works in a plain browser too (DEVELOPERS.md「web mode」).
 */
export function createBrowserWorkbench(): WorkbenchApi {
  const listeners = new Set<(command: MenuCommand) => void>();
  return {
    getAppInfo: async (): Promise<AppInfo> => ({
      name: '规划评估工作台',
      version: __APP_VERSION__,
      platform: 'web',
      dataLocation: `本机数据库（浏览器本地存储，网址 ${window.location.origin}）`,
    }),
    openFile: (request: OpenFileRequest) => pickFile(request.filters),
    saveFile: async (request: SaveFileRequest): Promise<SaveResult> => {
      downloadBytes(request.suggestedName, request.bytes);
      return { status: 'saved' };
    },
    printToPdf: async (_request: PrintToPdfRequest): Promise<SaveResult> => {
      window.print();
      return { status: 'saved' };
    },
    onMenuCommand: (listener): Unsubscribe => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    writeAutoBackup: (request) => writeBrowserAutoBackup(request),
    listAutoBackups: () => listBrowserAutoBackups(),
    readAutoBackup: (fileName) => readBrowserAutoBackup(fileName),
    // A closing page cannot wait for asynchronous work: web mode backs up daily instead.
    onBeforeQuit: (): Unsubscribe => () => undefined,
  };
}

function pickFile(filters: readonly FileFilter[]): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      file
        .arrayBuffer()
        .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }))
        .catch(() => reject(new Error(`无法读取文件「${file.name}」。`)));
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

function downloadBytes(name: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes.slice().buffer], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before releasing the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
