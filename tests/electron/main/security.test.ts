import path from 'node:path';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createTrustedUrlPredicate,
  installSessionGuards,
  installWebContentsGuards,
  isAppUrl,
  isInsideDir,
  parseDevServerOrigin,
  withContentSecurityPolicy,
} from '../../../electron/main/security';

describe('isAppUrl', () => {
  it('accepts the app origin and paths beneath it', () => {
    for (const url of [
      'app://workbench',
      'app://workbench/',
      'app://workbench/index.html',
      'app://workbench/index.html#/plans/abc?year=2025',
      'app://workbench/assets/index-3f2a.js',
      'app://workbench/index.html#/%E8%AE%A1%E5%88%92',
    ]) {
      expect(isAppUrl(url), url).toBe(true);
    }
  });

  it('refuses lookalike hosts, userinfo, ports and other schemes', () => {
    for (const url of [
      'app://workbench.evil',
      'app://workbench.evil/index.html',
      'app://workbenchx/',
      'app://evil.workbench/',
      'app://workbench@evil/',
      'app://evil@workbench/',
      'app://user:pass@workbench/',
      'app://workbench:8080/',
      'APP://workbench/',
      'app://WORKBENCH/',
      'app:/workbench/',
      'app:workbench/',
      'apps://workbench/',
      'https://workbench/',
      'http://localhost:5173/',
      'file:///C:/workbench/index.html',
      'file:///app/workbench',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      ' app://workbench/',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('refuses dot segments, raw or percent-encoded', () => {
    for (const url of [
      'app://workbench/../',
      'app://workbench/..',
      'app://workbench/assets/../../etc/passwd',
      'app://workbench/./index.html',
      'app://workbench/%2e%2e/secret',
      'app://workbench/%2E%2e/secret',
      'app://workbench/.%2e/secret',
      'app://workbench/%2e/index.html',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('refuses backslashes, control characters, null bytes and non-strings', () => {
    for (const url of [
      'app://workbench\\evil',
      'app://workbench/..\\..\\x',
      'app://workbench/\u0000.html',
      'app://workbench/a\nb',
      'app://workbench/a\tb',
      `app://workbench/${'a'.repeat(9000)}`,
      undefined,
      null,
      42,
      { toString: () => 'app://workbench/' },
    ]) {
      expect(isAppUrl(url)).toBe(false);
    }
  });
});

describe('parseDevServerOrigin and createTrustedUrlPredicate', () => {
  it('accepts only http on localhost or 127.0.0.1', () => {
    expect(parseDevServerOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(parseDevServerOrigin('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173');
    for (const value of [
      undefined,
      '',
      'https://localhost:5173',
      'http://localhost.evil.com:5173',
      'http://evil.com',
      'http://user@localhost:5173',
      'file:///tmp',
      'not a url',
    ]) {
      expect(parseDevServerOrigin(value), String(value)).toBeNull();
    }
  });

  it('trusts the dev origin only when one is configured, and only that exact origin', () => {
    const production = createTrustedUrlPredicate(null);
    expect(production('app://workbench/index.html')).toBe(true);
    expect(production('http://localhost:5173/')).toBe(false);

    const development = createTrustedUrlPredicate('http://localhost:5173');
    expect(development('http://localhost:5173/#/plans')).toBe(true);
    expect(development('http://localhost:5174/')).toBe(false);
    expect(development('http://localhost:5173@evil.com/')).toBe(false);
    expect(development('https://localhost:5173/')).toBe(false);
    expect(development('app://workbench/')).toBe(true);
  });
});

describe('isInsideDir', () => {
  const root = '/srv/app/out/renderer';

  it('accepts files beneath the root', () => {
    expect(isInsideDir(root, 'index.html')).toBe(true);
    expect(isInsideDir(root, 'assets/index.js')).toBe(true);
    expect(isInsideDir(root, `${root}/assets/a.css`)).toBe(true);
    expect(isInsideDir(root, '..hidden')).toBe(true);
    expect(isInsideDir(root, 'assets/../index.html')).toBe(true);
  });

  it('refuses the root itself, parents, siblings with a shared prefix and absolute escapes', () => {
    for (const candidate of [
      '',
      '.',
      root,
      '..',
      '../',
      '../renderer-evil/x.js',
      '/srv/app/out/renderer-evil/x.js',
      '/srv/app/out/renderer/../main.cjs',
      'assets/../../main.cjs',
      '/etc/passwd',
      'index.html\u0000.png',
    ]) {
      expect(isInsideDir(root, candidate), candidate).toBe(false);
    }
  });

  it('refuses a relative root and non-string candidates', () => {
    expect(isInsideDir('out/renderer', 'index.html')).toBe(false);
    expect(isInsideDir(root, undefined)).toBe(false);
    expect(isInsideDir(root, 42)).toBe(false);
  });

  it('handles Windows paths: backslashes, drives, case and UNC', () => {
    const windowsRoot = 'C:\\Program Files\\规划评估工作台\\resources\\renderer';
    expect(isInsideDir(windowsRoot, 'assets\\index.js', path.win32)).toBe(true);
    expect(
      isInsideDir(
        windowsRoot,
        'C:\\PROGRAM FILES\\规划评估工作台\\resources\\renderer\\a.js',
        path.win32,
      ),
    ).toBe(true);
    for (const candidate of [
      '..\\..\\x.dll',
      'assets\\..\\..\\x',
      'assets/../../x',
      'D:\\evil.js',
      'C:\\Windows\\system32\\cmd.exe',
      '\\\\server\\share\\x.js',
      'C:\\Program Files\\规划评估工作台\\resources\\renderer-evil\\x.js',
    ]) {
      expect(isInsideDir(windowsRoot, candidate, path.win32), candidate).toBe(false);
    }
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('has the required directives and no unsafe-eval', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('replaces any CSP header already present, whatever its case', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["script-src 'unsafe-eval'"],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});

type Listener = (...args: unknown[]) => unknown;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: Listener | undefined;
  const contents = {
    on: vi.fn((event: string, listener: Listener) => listeners.set(event, listener)),
    setWindowOpenHandler: vi.fn((handler: Listener) => {
      windowOpenHandler = handler;
    }),
  };
  const fire = (event: string, url?: string) => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ url, preventDefault });
    return preventDefault;
  };
  return {
    contents: contents as unknown as WebContents,
    fire,
    openWindow: (url: string) => windowOpenHandler?.({ url }),
  };
}

describe('installWebContentsGuards', () => {
  const trusted = createTrustedUrlPredicate(null);

  it('prevents navigation and redirects away from the app origin', () => {
    const fake = fakeWebContents();
    installWebContentsGuards(fake.contents, trusted);
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(fake.fire(event, 'https://example.com/')).toHaveBeenCalled();
      expect(fake.fire(event, 'app://workbench.evil/')).toHaveBeenCalled();
      expect(fake.fire(event, 'file:///etc/passwd')).toHaveBeenCalled();
      expect(fake.fire(event, 'app://workbench/index.html')).not.toHaveBeenCalled();
    }
  });

  it('denies every window.open and blocks <webview>', () => {
    const fake = fakeWebContents();
    installWebContentsGuards(fake.contents, trusted);
    expect(fake.openWindow('app://workbench/index.html')).toEqual({ action: 'deny' });
    expect(fake.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.fire('will-attach-webview')).toHaveBeenCalled();
  });
});

describe('installSessionGuards', () => {
  function fakeSession() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    };
    return session;
  }

  it('refuses every permission request and check', () => {
    const session = fakeSession();
    installSessionGuards(session as unknown as Session);
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as Listener;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]?.[0] as Listener;
    expect(checkHandler({}, 'clipboard-read', 'app://workbench', {})).toBe(false);
  });

  it('sets the CSP header on responses, except the dev server’s', () => {
    const session = fakeSession();
    installSessionGuards(session as unknown as Session, (url) => url === 'http://localhost:5173/');
    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0]?.[0] as Listener;
    const callback = vi.fn();
    onHeaders({ url: 'app://workbench/index.html', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    const devCallback = vi.fn();
    onHeaders({ url: 'http://localhost:5173/', responseHeaders: {} }, devCallback);
    expect(devCallback).toHaveBeenCalledWith({});
  });
});
