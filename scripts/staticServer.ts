// A tiny static file server for web mode and the end-to-end tests: serves out/renderer on
// loopback only, with the same CSP as the Electron app, and refuses paths outside the folder.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/platform/contentSecurityPolicy';
import { mimeTypeOf } from '../shared/platform/mimeTypes';

/** A running server. */
export type StaticServer = { url: string; close: () => Promise<void> };

type StaticServerOptions = { root: string; port?: number; host?: string };

type Served = { status: number; body: Buffer | string; type: string };

/** Starts the server; resolves to { url, close }. Port 0 picks a free port. */
export async function startStaticServer({
  root,
  port = 0,
  host = '127.0.0.1',
}: StaticServerOptions): Promise<StaticServer> {
  const rootDir = resolve(root);
  const server = createServer((request, response) => {
    serveFile(rootDir, request.url ?? '/')
      .then(({ status, body, type }) => {
        response.writeHead(status, {
          'Content-Type': type,
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        });
        response.end(body);
      })
      .catch(() => {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('服务器内部错误');
      });
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
  return { url, close: () => new Promise<void>((done) => server.close(() => done())) };
}

async function serveFile(rootDir: string, rawUrl: string): Promise<Served> {
  const pathname = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
  if (pathname.includes('\0')) return notFound();
  const relative = pathname === '/' ? 'index.html' : normalize(pathname).replace(/^[/\\]+/, '');
  const filePath = join(rootDir, relative);
  if (filePath !== rootDir && !filePath.startsWith(rootDir + sep)) return notFound();
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return notFound();
  } catch {
    return notFound();
  }
  const type = mimeTypeOf(extname(filePath));
  return { status: 200, body: await readFile(filePath), type };
}

function notFound(): Served {
  return { status: 404, body: '未找到', type: 'text/plain; charset=utf-8' };
}
