/**
 * The only door to `ipcMain` (STYLE.md「Typed IPC」, VS Code's validatedIpcMain). Every request:
 * 1. arrives on a channel from IPC_CHANNELS (menu commands flow the other way and are refused);
 * 2. comes from the main frame of a trusted URL (app://workbench, or the dev server in dev);
 * 3. passes its guard from shared/platform/validate.ts;
 * 4. runs its handler;
 * 5. returns `{ ok: true, value }` or `{ ok: false, code, message }`, never a thrown error.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { MAIN_TO_RENDERER_CHANNELS, isIpcChannel } from '../../../shared/platform/ipcChannels';
import type { IpcChannel, IPC_CHANNELS } from '../../../shared/platform/ipcChannels';
import type { IpcResult } from '../../../shared/platform/ipcResult';
import { toFailure } from './errors';

/** Channels the renderer may invoke: all of ours except those flowing main → renderer. */
export type InvokeChannel = Exclude<
  IpcChannel,
  typeof IPC_CHANNELS.menuCommand | typeof IPC_CHANNELS.beforeQuit
>;

/** A runtime guard from shared/platform/validate.ts. */
export type RequestGuard<Request> = (value: unknown) => value is Request;

/** A handler: the validated request and the sender's webContents in, a value out. */
export type RequestHandler<Request, Value> = (
  request: Request,
  sender: WebContents,
) => Promise<Value> | Value;

/** The listener given to `ipcMain.handle`. */
export type IpcListener = (
  event: IpcMainInvokeEvent,
  ...args: unknown[]
) => Promise<IpcResult<unknown>>;

/** True for a channel the renderer may invoke. */
export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return isIpcChannel(value) && !MAIN_TO_RENDERER_CHANNELS.includes(value);
}

/** True when the event comes from a main frame (not a sub-frame) whose URL is trusted. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  isTrustedUrl: (url: unknown) => boolean,
): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url);
}

/** Builds the validated listener for one channel (exported for tests; use `handle`). */
export function createIpcListener<Request, Value>(
  validate: RequestGuard<Request>,
  fn: RequestHandler<Request, Value>,
  isTrustedUrl: (url: unknown) => boolean,
): IpcListener {
  return async (event, ...args) => {
    if (!isTrustedSender(event, isTrustedUrl)) {
      return { ok: false, code: 'forbidden-sender', message: '请求来源不受信任，已拒绝。' };
    }
    const request = args[0];
    if (args.length > 1 || !validate(request)) {
      return { ok: false, code: 'invalid-request', message: '请求参数无效，已拒绝。' };
    }
    try {
      return { ok: true, value: await fn(request, event.sender) };
    } catch (error) {
      const failure = toFailure(error);
      if (!failure.ok && failure.code === 'internal') console.error('[ipc]', error);
      return failure;
    }
  };
}

/** Registers a validated handler on one of our channels; throws on any other channel. */
export function handle<Request, Value>(
  channel: InvokeChannel,
  validate: RequestGuard<Request>,
  fn: RequestHandler<Request, Value>,
  isTrustedUrl: (url: unknown) => boolean,
): void {
  if (!isInvokeChannel(channel)) throw new Error(`拒绝注册未声明的 IPC 通道：${String(channel)}`);
  ipcMain.handle(channel, createIpcListener(validate, fn, isTrustedUrl));
}
