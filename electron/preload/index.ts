/**
 * Builds `window.workbench` from the shared contract (STYLE.md「Typed IPC through the preload」).
 * Each method is one `ipcRenderer.invoke`; failures arrive as typed results and are rethrown
 * here as Errors carrying the Chinese message. No generic invoke/send/on is exposed.
 * Bundled as one CommonJS file (scripts/buildElectron.mjs) because sandboxed preloads cannot
 * require local modules; imports only `electron` and shared/platform.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { IPC_CHANNELS } from '../../shared/platform/ipcChannels';
import type { IpcChannel } from '../../shared/platform/ipcChannels';
import { isIpcResult } from '../../shared/platform/ipcResult';
import { isMenuCommand } from '../../shared/platform/validate';
import type {
  AppInfo,
  AutoBackupEntry,
  MenuCommand,
  OpenedFile,
  SaveResult,
  WorkbenchApi,
} from '../../shared/platform/workbenchApi';

const api = {
  getAppInfo: () => unwrap<AppInfo>(ipcRenderer.invoke(IPC_CHANNELS.getAppInfo)),
  openFile: (request) =>
    unwrap<OpenedFile | null>(ipcRenderer.invoke(IPC_CHANNELS.openFile, request)),
  saveFile: (request) => unwrap<SaveResult>(ipcRenderer.invoke(IPC_CHANNELS.saveFile, request)),
  printToPdf: (request) => unwrap<SaveResult>(ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request)),
  onMenuCommand: (listener) => {
    const channel: IpcChannel = IPC_CHANNELS.menuCommand;
    // Strip the event: the renderer never sees `sender` or `ports`.
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command satisfies MenuCommand);
    };
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
  writeAutoBackup: (request) =>
    unwrap<AutoBackupEntry>(ipcRenderer.invoke(IPC_CHANNELS.writeAutoBackup, request)),
  listAutoBackups: () =>
    unwrap<readonly AutoBackupEntry[]>(ipcRenderer.invoke(IPC_CHANNELS.listAutoBackups)),
  readAutoBackup: (fileName) =>
    unwrap<Uint8Array>(ipcRenderer.invoke(IPC_CHANNELS.readAutoBackup, fileName)),
  onBeforeQuit: (listener) => {
    const channel: IpcChannel = IPC_CHANNELS.beforeQuit;
    // Whatever the listener does, main is told to go on quitting once it settles.
    const forward = (): void => {
      void listener()
        .catch(() => undefined)
        .finally(() => void ipcRenderer.invoke(IPC_CHANNELS.quitReady));
    };
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
} satisfies WorkbenchApi;

/** Resolves to the value of an `{ ok: true }` result; throws the Chinese message otherwise. */
async function unwrap<T>(pending: Promise<unknown>): Promise<T> {
  const result = await pending;
  if (!isIpcResult(result)) throw new Error('与主进程通信失败：收到无法识别的应答。');
  if (!result.ok) throw new Error(result.message);
  return result.value as T;
}

contextBridge.exposeInMainWorld('workbench', api);
