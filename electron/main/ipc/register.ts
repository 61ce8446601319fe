/**
 * Wires every invoke channel to its guard and handler. The table is keyed by `WorkbenchApi`'s
 * method names and typed by its signatures: a new API method does not build until it is wired
 * here, and a handler answering the wrong value does not build either (decision 0042).
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
import type { RequestGuard, RequestHandler } from './handle';
import { createOpenFileHandler } from './openFileHandler';
import type { IpcPorts } from './ports';
import { createPrintToPdfHandler } from './printToPdfHandler';
import { createSaveFileHandler } from './saveFileHandler';

/** WorkbenchApi methods answered over `invoke` (the `on…` subscriptions flow main → renderer). */
export type InvokeMethod = Exclude<keyof WorkbenchApi, 'onMenuCommand' | 'onBeforeQuit'>;

/** The request a method sends: its one argument, or undefined for a method without one. */
type RequestOf<M extends InvokeMethod> =
  Parameters<WorkbenchApi[M]> extends [infer Request] ? Request : undefined;

/**
 * One method's guard and handler, typed by the contract: a guard for another request or a handler
 * answering another value does not compile (decision 0042).
 */
type Wiring<M extends InvokeMethod> = {
  readonly guard: RequestGuard<RequestOf<M>>;
  readonly handler: RequestHandler<RequestOf<M>, Awaited<ReturnType<WorkbenchApi[M]>>>;
};

/** Keyed by the contract's method names: a missing or an extra method is a compile error. */
export type WiringTable = { readonly [M in InvokeMethod]: Wiring<M> };

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
  const table = wiringTable(options);
  for (const method of Object.keys(table) as InvokeMethod[]) {
    wire(method, table, options.isTrustedUrl);
  }
  // Not an API method: the preload answers the before-quit event on this channel.
  handle(
    IPC_CHANNELS.quitReady,
    isEmptyRequest,
    (_request, sender) => options.onQuitReady(sender),
    options.isTrustedUrl,
  );
}

/** Each method on the channel named after it, so a handler cannot sit on another's channel. */
function wire<M extends InvokeMethod>(
  method: M,
  table: WiringTable,
  isTrustedUrl: (url: unknown) => boolean,
): void {
  const { guard, handler } = table[method];
  handle(IPC_CHANNELS[method], guard, handler, isTrustedUrl);
}

function wiringTable(options: RegisterIpcOptions): WiringTable {
  const { ports } = options;
  return {
    getAppInfo: { guard: isEmptyRequest, handler: createAppInfoHandler(options.appInfo) },
    openFile: {
      guard: isOpenFileRequest,
      handler: createOpenFileHandler({
        ...ports,
        maxBytes: options.maxOpenBytes ?? MAX_FILE_BYTES,
      }),
    },
    saveFile: { guard: isSaveFileRequest, handler: createSaveFileHandler(ports) },
    printToPdf: { guard: isPrintToPdfRequest, handler: createPrintToPdfHandler(ports) },
    writeAutoBackup: {
      guard: isWriteAutoBackupRequest,
      handler: createWriteAutoBackupHandler(options.autoBackups),
    },
    listAutoBackups: {
      guard: isEmptyRequest,
      handler: createListAutoBackupsHandler(options.autoBackups),
    },
    readAutoBackup: {
      guard: isAutoBackupFileName,
      handler: createReadAutoBackupHandler(options.autoBackups),
    },
  };
}
