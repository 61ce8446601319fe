import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  createAppProtocolHandler,
  mimeTypeFor,
  registerAppScheme,
  resolveAppRequestPath,
} from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';

const root = path.resolve('/srv/app/out/renderer');
const files = new Map<string, string>([
  [path.join(root, 'index.html'), '<!doctype html><title>规划评估工作台</title>'],
  [path.join(root, 'assets', 'index-3f2a.js'), 'console.log(1)'],
  [path.join(root, 'assets', 'index-3f2a.css'), 'body{}'],
  [path.join(root, 'assets', 'NotoSans.woff2'), 'font'],
  [path.join(root, 'assets', '计划 图.svg'), '<svg/>'],
  [path.resolve(root, '..', 'electron', 'main.cjs'), 'SECRET'],
  [path.resolve('/etc/passwd'), 'SECRET'],
]);

function notFound(): Error {
  return Object.assign(new Error('missing'), { code: 'ENOENT' });
}

const readFile = vi.fn(async (filePath: string) => {
  const text = files.get(filePath);
  if (text === undefined) throw notFound();
  return new TextEncoder().encode(text);
});
const handler = createAppProtocolHandler({ rootDir: root, readFile });

async function fetchApp(url: string, method = 'GET'): Promise<Response> {
  return handler(new Request(url, { method }));
}

describe('registerAppScheme', () => {
  it('registers app as standard, secure and fetch-capable', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('app protocol handler', () => {
  it('serves index.html for the bare origin, with CSP and nosniff', async () => {
    for (const url of ['app://workbench/', 'app://workbench/index.html']) {
      const response = await fetchApp(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('规划评估工作台');
    }
  });

  it('serves assets with the right MIME type, including percent-encoded names', async () => {
    const cases: [string, string][] = [
      ['app://workbench/assets/index-3f2a.js', 'text/javascript; charset=utf-8'],
      ['app://workbench/assets/index-3f2a.css', 'text/css; charset=utf-8'],
      ['app://workbench/assets/NotoSans.woff2', 'font/woff2'],
      ['app://workbench/assets/%E8%AE%A1%E5%88%92%20%E5%9B%BE.svg', 'image/svg+xml'],
    ];
    for (const [url, type] of cases) {
      const response = await fetchApp(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
    }
  });

  it('answers HEAD without a body', async () => {
    const response = await fetchApp('app://workbench/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('refuses traversal, encoded traversal, backslashes and null bytes with 403', async () => {
    for (const url of [
      'app://workbench/..%2f..%2fetc%2fpasswd',
      'app://workbench/..%2felectron%2fmain.cjs',
      'app://workbench/assets%2f..%2f..%2felectron%2fmain.cjs',
      'app://workbench/%2e%2e%2felectron%2fmain.cjs',
      'app://workbench/..%5celectron%5cmain.cjs',
      'app://workbench/assets%5c..%5c..%5cx',
      'app://workbench/index.html%00.png',
    ]) {
      const response = await fetchApp(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('SECRET');
    }
  });

  it('decodes once only: a double-encoded name is a literal (missing) file', async () => {
    expect((await fetchApp('app://workbench/%2e%2e%252fmain.cjs')).status).toBe(404);
  });

  it('never reads a file outside the renderer folder', async () => {
    readFile.mockClear();
    await fetchApp('app://workbench/..%2f..%2fetc%2fpasswd');
    await fetchApp('app://workbench/..%2felectron%2fmain.cjs');
    for (const [filePath] of readFile.mock.calls) {
      expect(filePath.startsWith(`${root}${path.sep}`)).toBe(true);
    }
  });

  it('refuses other hosts and userinfo with 403', async () => {
    for (const url of ['app://workbench.evil/index.html', 'app://evil/index.html']) {
      expect((await fetchApp(url)).status, url).toBe(403);
    }
  });

  it('answers 404 for missing files and folders, 400 for broken encoding, 405 for POST', async () => {
    expect((await fetchApp('app://workbench/missing.js')).status).toBe(404);
    const folderRead = createAppProtocolHandler({
      rootDir: root,
      readFile: () => Promise.reject(Object.assign(new Error('dir'), { code: 'EISDIR' })),
    });
    expect((await folderRead(new Request('app://workbench/assets/'))).status).toBe(404);
    expect((await fetchApp('app://workbench/%E0%A4%A')).status).toBe(400);
    expect((await fetchApp('app://workbench/index.html', 'POST')).status).toBe(405);
  });

  it('answers 500 without details when reading fails otherwise', async () => {
    const failing = createAppProtocolHandler({
      rootDir: root,
      readFile: () => Promise.reject(Object.assign(new Error('/secret/path'), { code: 'EIO' })),
    });
    const response = await failing(new Request('app://workbench/index.html'));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('/secret/path');
  });
});

describe('resolveAppRequestPath', () => {
  it('maps URLs to files inside the root', () => {
    expect(resolveAppRequestPath(root, 'app://workbench')).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequestPath(root, 'app://workbench/assets/a.js?v=1#x')).toBe(
      path.join(root, 'assets', 'a.js'),
    );
  });

  it('refuses URLs that are not ours', () => {
    expect(resolveAppRequestPath(root, 'file:///etc/passwd')).toBe(403);
    expect(resolveAppRequestPath(root, 'app://x@workbench/index.html')).toBe(403);
    expect(resolveAppRequestPath(root, 'not a url')).toBe(400);
  });
});

describe('mimeTypeFor', () => {
  it('knows the renderer’s file types and falls back to octet-stream', () => {
    expect(mimeTypeFor('a.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('a.png')).toBe('image/png');
    expect(mimeTypeFor('a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('a.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('Makefile')).toBe('application/octet-stream');
  });
});
