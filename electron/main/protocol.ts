/**
 * The `app://workbench` origin (docs/decisions/0005): the scheme is registered as privileged
 * before `ready`, then a handler serves the built renderer (out/renderer) and nothing else.
 */
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY, isInsideDir } from './security';
import { mimeTypeOf } from '../../shared/platform/mimeTypes';

/** Reads a whole file; rejects with a Node-style `code` (ENOENT, EISDIR…) on failure. */
export type ReadWholeFile = (absolutePath: string) => Promise<Uint8Array>;

/** What the protocol handler needs: the renderer folder (absolute) and a file reader. */
export type AppProtocolOptions = {
  readonly rootDir: string;
  readonly readFile: ReadWholeFile;
};

const NOT_FOUND_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/**
 * Registers `app` as standard (real origin, relative URLs), secure (like https, so IndexedDB
 * and crypto work) and fetch-capable. Must run before the app's `ready` event.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** The MIME type for a file name, `application/octet-stream` when unknown. */
export function mimeTypeFor(fileName: string): string {
  return mimeTypeOf(path.extname(fileName));
}

/**
 * Maps an `app://workbench/...` URL to an absolute file inside `rootDir`, or an HTTP status
 * explaining the refusal: 403 for another host or any escape attempt, 400 for bad encoding.
 */
export function resolveAppRequestPath(rootDir: string, url: string): string | 403 | 400 {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 400;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return 403;
  if (parsed.username !== '' || parsed.password !== '') return 403;
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return 400;
  }
  // Encoded separators, backslashes and NULs never name a file we ship.
  if (decoded.includes('\0') || decoded.includes('\\')) return 403;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return 403;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const absolute = path.resolve(rootDir, relative);
  return isInsideDir(rootDir, absolute) ? absolute : 403;
}

/** The `protocol.handle('app', …)` handler: GET/HEAD of renderer files, with MIME and CSP. */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, '不支持的请求方法');
    const resolved = resolveAppRequestPath(options.rootDir, request.url);
    if (resolved === 403) return plain(403, '禁止访问');
    if (resolved === 400) return plain(400, '请求地址无效');
    let bytes: Uint8Array;
    try {
      bytes = await options.readFile(resolved);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      return typeof code === 'string' && NOT_FOUND_CODES.has(code)
        ? plain(404, '未找到文件')
        : plain(500, '读取文件失败');
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(bytes);
    return new Response(body, { status: 200, headers: headersFor(mimeTypeFor(resolved)) });
  };
}

function headersFor(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: headersFor('text/plain; charset=utf-8') });
}
