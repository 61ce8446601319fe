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
} as const;

/** Any of our channel names. */
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** True when `value` is one of our channels. */
export function isIpcChannel(value: unknown): value is IpcChannel {
  return (
    typeof value === 'string' && (Object.values(IPC_CHANNELS) as readonly string[]).includes(value)
  );
}
