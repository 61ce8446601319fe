/**
 * What crosses `ipcRenderer.invoke`: a typed result instead of a thrown error, because Electron
 * keeps only an error's message across `invoke` (STYLE.md「Typed IPC」, step 5).
 */

/** Why main refused or failed a request. */
export type IpcErrorCode =
  'forbidden-sender' | 'invalid-request' | 'file-too-large' | 'io-error' | 'internal';

/** A handler's outcome as sent to the preload, which unwraps it. */
export type IpcResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: IpcErrorCode; readonly message: string };

/** True when `value` has the shape of an `IpcResult` (the preload checks before unwrapping). */
export function isIpcResult(value: unknown): value is IpcResult<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; code?: unknown; message?: unknown };
  if (candidate.ok === true) return 'value' in candidate;
  return (
    candidate.ok === false &&
    typeof candidate.code === 'string' &&
    typeof candidate.message === 'string'
  );
}
