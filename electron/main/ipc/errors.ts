/**
 * Errors raised by handlers and their translation into typed IPC failures with Chinese
 * messages. Electron keeps only `message` across `invoke`, hence typed results (STYLE.md).
 */
import type { IpcErrorCode, IpcResult } from '../../../shared/platform/ipcResult';
import { formatNumber } from '../../../shared/lib/formatNumber';

/** An expected failure a handler reports to the renderer, with its code and Chinese message. */
export class HandlerError extends Error {
  readonly code: IpcErrorCode;

  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'HandlerError';
    this.code = code;
  }
}

const FILE_SYSTEM_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: '文件或文件夹不存在',
  EACCES: '没有访问该文件的权限',
  EPERM: '没有访问该文件的权限，或文件为只读',
  EBUSY: '文件正被其他程序占用（例如已在 Excel 或 WPS 中打开），请关闭后重试',
  ENOSPC: '磁盘空间不足',
  EROFS: '目标位置为只读，无法写入',
  EISDIR: '所选路径是文件夹，不是文件',
  ENAMETOOLONG: '文件路径过长',
  EMFILE: '打开的文件过多，请稍后重试',
};

/** A Chinese reason for a file-system error, or null when `error` is not one. */
export function describeFileSystemError(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? (FILE_SYSTEM_MESSAGES[code] ?? null) : null;
}

/** Formats a byte count as megabytes for messages, e.g. `250.4 MB`. */
export function formatMegabytes(bytes: number): string {
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

/** Turns anything a handler threw into a typed failure with a Chinese message. */
export function toFailure(error: unknown): IpcResult<never> {
  if (error instanceof HandlerError) {
    return { ok: false, code: error.code, message: error.message };
  }
  const reason = describeFileSystemError(error);
  if (reason !== null) return { ok: false, code: 'io-error', message: `文件操作失败：${reason}。` };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    code: 'internal',
    message: `操作未能完成（${detail}）。请重试；如仍失败，请联系技术支持。`,
  };
}
