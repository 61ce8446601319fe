/**
 * Security decisions as pure predicates, plus the code that installs them on Electron objects
 * (STYLE.md「Security baseline」; docs/decisions/0004). The predicates are tested against
 * lookalike inputs in tests/electron/main/security.test.ts.
 */
import path from 'node:path';
import type { Session, WebContents } from 'electron';
import { APP_HOST, APP_ORIGIN } from './appOrigin';

/** The policy sent with every response (defined once in shared/platform). */
import { CONTENT_SECURITY_POLICY } from '../../shared/platform/contentSecurityPolicy';

export { CONTENT_SECURITY_POLICY };

const MAX_URL_LENGTH = 8 * 1024;
// Raw control characters, spaces and backslashes: Chromium and Node parse these differently, and
// Chromium never reports them unescaped, so a URL containing one is refused outright.
// eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
const UNSAFE_URL_CHARACTERS = /[\u0000-\u0020\u007f\\]/;
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
const DEV_HOSTS = ['localhost', '127.0.0.1'];

/** True only for `app://workbench` and URLs beneath it, without dot segments or credentials. */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return false;
  if (UNSAFE_URL_CHARACTERS.test(url)) return false;
  // A prefix check first, so a parser differential (userinfo, ports, lookalike hosts) cannot help.
  if (url !== APP_ORIGIN && !url.startsWith(`${APP_ORIGIN}/`)) return false;
  const pathPart = url.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';
  if (pathPart.split('/').some((segment) => DOT_SEGMENT.test(segment))) return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'app:' &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/**
 * The Vite dev server origin from an environment value, or null. Only `http://localhost:<port>`
 * and `http://127.0.0.1:<port>` qualify, so a stray variable cannot trust a remote host.
 */
export function parseDevServerOrigin(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const parsed = new URL(value);
    const isLocal = parsed.protocol === 'http:' && DEV_HOSTS.includes(parsed.hostname);
    return isLocal && parsed.username === '' && parsed.password === '' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** True when `url` belongs to `origin` exactly (scheme, host and port). */
export function isSameOrigin(url: unknown, origin: string): boolean {
  if (typeof url !== 'string' || UNSAFE_URL_CHARACTERS.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.origin === origin && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** A predicate over URLs: the app origin, plus the dev server's origin when one is given. */
export function createTrustedUrlPredicate(
  devServerOrigin: string | null,
): (url: unknown) => boolean {
  return (url) => isAppUrl(url) || (devServerOrigin !== null && isSameOrigin(url, devServerOrigin));
}

/** The path functions `isInsideDir` needs; `node:path` by default, `path.win32` in tests. */
export type PathApi = Pick<typeof path, 'isAbsolute' | 'relative' | 'resolve' | 'sep'>;

/**
 * True when `candidate` (absolute, or relative to `root`) lies strictly inside `root` once
 * resolved. Lexical: it does not follow symbolic links (the renderer folder ships none).
 */
export function isInsideDir(root: string, candidate: unknown, pathApi: PathApi = path): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0) return false;
  if (root.includes('\0') || candidate.includes('\0') || !pathApi.isAbsolute(root)) return false;
  const base = pathApi.resolve(root);
  const relative = pathApi.relative(base, pathApi.resolve(base, candidate));
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${pathApi.sep}`) &&
    !pathApi.isAbsolute(relative)
  );
}

/**
 * Guards one webContents: navigation and redirects only within trusted URLs, no new windows,
 * no `<webview>`. Installed on every webContents through `web-contents-created`.
 */
export function installWebContentsGuards(
  contents: WebContents,
  isTrustedUrl: (url: unknown) => boolean,
): void {
  contents.on('will-navigate', (event) => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Guards the session: every permission refused (do not copy Actual's `file://` allowance), and
 * the CSP header set on every response except the dev server's own (Vite injects inline scripts).
 */
export function installSessionGuards(
  session: Session,
  isDevServerUrl: (url: unknown) => boolean = () => false,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (isDevServerUrl(details.url)) {
      callback({});
      return;
    }
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}

/** Response headers with any existing CSP replaced by ours (header names compared case-blind). */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}
