// A small static server for a build folder, as a CDN would serve it: gzip, hashed assets cached for a
// year, index.html for any path without an extension (the app's router takes it from there).
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export type StaticServer = { url: string; close: () => Promise<void> };

/** A port in the bench's range (4700-4799) that nothing listens on now. */
export async function freePort(from = 4700, to = 4799): Promise<number> {
  for (let port = from; port <= to; port += 1) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${from} and ${to}.`);
}

export async function serveStatic(dir: string, port?: number): Promise<StaticServer> {
  const cache = new Map<string, { body: Buffer; gzip: Buffer | null }>();
  const read = (file: string) => {
    let entry = cache.get(file);
    if (!entry) {
      const body = readFileSync(file);
      const compressible = /\.(html|js|css|svg|json|txt|map)$/.test(file);
      entry = { body, gzip: compressible ? gzipSync(body, { level: 9 }) : null };
      cache.set(file, entry);
    }
    return entry;
  };
  const isFile = (file: string) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  };

  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = join(dir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (!isFile(file)) {
      if (extname(path) !== '') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      file = join(dir, 'index.html');
    }
    const { body, gzip } = read(file);
    const useGzip = gzip !== null && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-length': (useGzip ? gzip : body).length,
      vary: 'accept-encoding',
      ...(useGzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : useGzip ? gzip : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    void (port === undefined ? freePort() : Promise.resolve(port)).then((chosen) =>
      server.listen(chosen, '127.0.0.1', resolve),
    );
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
