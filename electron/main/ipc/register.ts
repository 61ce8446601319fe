/**
 * Wires every invoke channel to its guard and handler. The table is checked against
 * `WorkbenchApi` at compile time: a new API method does not build until it is wired here.
 */
import type { WebContents } from 'electron';
import { IPC_CHANNELS } from '../../../shared/platform/ipcChannels';
import {
  MAX_FILE_BYTES,
  isAutoBackupFileName,
  isEmptyRequest,
  isOpenFileRequest,
  isPrintToPdfRequest,
  isSaveFileRequest,
  isWriteAutoBackupRequest,
} from '../../../shared/platform/validate';
import type { WorkbenchApi } from '../../../shared/platform/workbenchApi';
import { createAppInfoHandler } from './appInfoHandler';
import type { AutoBackupPorts } from './autoBackupHandlers';
import {
  createListAutoBackupsHandler,
  createReadAutoBackupHandler,
  createWriteAutoBackupHandler,
} from './autoBackupHandlers';
import type { AppInfoPorts } from './appInfoHandler';
import { handle } from './handle';
import { createOpenFileHandler } from './openFileHandler';
import type { IpcPorts } from './ports';
import { createPrintToPdfHandler } from './printToPdfHandler';
import { createSaveFileHandler } from './saveFileHandler';

/** WorkbenchApi methods answered over `invoke` (the `on…` subscriptions flow main → renderer). */
export type InvokeMethod = Exclude<keyof WorkbenchApi, 'onMenuCommand' | 'onBeforeQuit'>;

/** What registration needs. */
export type RegisterIpcOptions = {
  readonly ports: IpcPorts<WebContents>;
  readonly appInfo: AppInfoPorts;
  /** App origin, plus the dev server's origin in development (security.ts). */
  readonly isTrustedUrl: (url: unknown) => boolean;
  /** Largest file `openFile` reads; MAX_FILE_BYTES by default. */
  readonly maxOpenBytes?: number;
  /** Where and how automatic backups are kept. */
  readonly autoBackups: AutoBackupPorts;
  /** Called when a renderer has finished its before-quit backup (quitBackup.ts). */
  readonly onQuitReady: (sender: WebContents) => void;
};

/** Registers all handlers. Call once, after `app` is ready. */
export function registerIpcHandlers(options: RegisterIpcOptions): void {
  const { ports, isTrustedUrl } = options;
  const registrations = {
    getAppInfo: () =>
      handle(
        IPC_CHANNELS.getAppInfo,
        isEmptyRequest,
        createAppInfoHandler(options.appInfo),
        isTrustedUrl,
      ),
    openFile: () =>
      handle(
        IPC_CHANNELS.openFile,
        isOpenFileRequest,
        createOpenFileHandler({ ...ports, maxBytes: options.maxOpenBytes ?? MAX_FILE_BYTES }),
        isTrustedUrl,
      ),
    saveFile: () =>
      handle(IPC_CHANNELS.saveFile, isSaveFileRequest, createSaveFileHandler(ports), isTrustedUrl),
    printToPdf: () =>
      handle(
        IPC_CHANNELS.printToPdf,
        isPrintToPdfRequest,
        createPrintToPdfHandler(ports),
        isTrustedUrl,
      ),
    writeAutoBackup: () =>
      handle(
        IPC_CHANNELS.writeAutoBackup,
        isWriteAutoBackupRequest,
        createWriteAutoBackupHandler(options.autoBackups),
        isTrustedUrl,
      ),
    listAutoBackups: () =>
      handle(
        IPC_CHANNELS.listAutoBackups,
        isEmptyRequest,
        createListAutoBackupsHandler(options.autoBackups),
        isTrustedUrl,
      ),
    readAutoBackup: () =>
      handle(
        IPC_CHANNELS.readAutoBackup,
        isAutoBackupFileName,
        createReadAutoBackupHandler(options.autoBackups),
        isTrustedUrl,
      ),
  } satisfies Record<InvokeMethod, () => void>;
  for (const register of Object.values(registrations)) register();
  // Not an API method: the preload answers the before-quit event on this channel.
  handle(
    IPC_CHANNELS.quitReady,
    isEmptyRequest,
    (_request, sender) => options.onQuitReady(sender),
    isTrustedUrl,
  );
}
