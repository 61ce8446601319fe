/**
 * IPC channel names, one prefix and area each (STYLE.md「Typed IPC」): a foreign channel is easy
 * to spot and main refuses anything not listed here.
 */
export const IPC_CHANNELS = {
  getAppInfo: 'workbench:app/get-info',
  openFile: 'workbench:file/open',
  saveFile: 'workbench:file/save',
  printToPdf: 'workbench:print/to-pdf',
  menuCommand: 'workbench:menu/command',
  writeAutoBackup: 'workbench:backup/write-auto',
  listAutoBackups: 'workbench:backup/list-auto',
  readAutoBackup: 'workbench:backup/read-auto',
  /** Main → renderer: the app is about to quit; back up now. */
  beforeQuit: 'workbench:app/before-quit',
  /** Renderer → main: the before-quit work has settled; quit. Preload-internal, not in the API. */
  quitReady: 'workbench:app/quit-ready',
} as const;

/** Channels that flow from main to the renderer (never invoked by it). */
export const MAIN_TO_RENDERER_CHANNELS: readonly IpcChannel[] = [
  IPC_CHANNELS.menuCommand,
  IPC_CHANNELS.beforeQuit,
];

/** Any of our channel names. */
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** True when `value` is one of our channels. */
export function isIpcChannel(value: unknown): value is IpcChannel {
  return (
    typeof value === 'string' && (Object.values(IPC_CHANNELS) as readonly string[]).includes(value)
  );
}
