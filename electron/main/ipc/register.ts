/**
 * Wires every invoke channel to its guard and handler. The table is checked against
 * `WorkbenchApi` at compile time: a new API method does not build until it is wired here.
 */
import type { WebContents } from 'electron';
import { IPC_CHANNELS } from '../../../shared/platform/ipcChannels';
import {
  MAX_FILE_BYTES,
  isEmptyRequest,
  isOpenFileRequest,
  isPrintToPdfRequest,
  isSaveFileRequest,
} from '../../../shared/platform/validate';
import type { WorkbenchApi } from '../../../shared/platform/workbenchApi';
import { createAppInfoHandler } from './appInfoHandler';
import type { AppInfoPorts } from './appInfoHandler';
import { handle } from './handle';
import { createOpenFileHandler } from './openFileHandler';
import type { IpcPorts } from './ports';
import { createPrintToPdfHandler } from './printToPdfHandler';
import { createSaveFileHandler } from './saveFileHandler';

/** WorkbenchApi methods answered over `invoke` (onMenuCommand flows main → renderer). */
export type InvokeMethod = Exclude<keyof WorkbenchApi, 'onMenuCommand'>;

/** What registration needs. */
export type RegisterIpcOptions = {
  readonly ports: IpcPorts<WebContents>;
  readonly appInfo: AppInfoPorts;
  /** App origin, plus the dev server's origin in development (security.ts). */
  readonly isTrustedUrl: (url: unknown) => boolean;
  /** Largest file `openFile` reads; MAX_FILE_BYTES by default. */
  readonly maxOpenBytes?: number;
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
  } satisfies Record<InvokeMethod, () => void>;
  for (const register of Object.values(registrations)) register();
}
