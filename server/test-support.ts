import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type AppOptions, createApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import { createNodeServer } from './node-server.ts';
import type { Upstream } from './proxy.ts';

/** Test helpers: tiny servers on 127.0.0.1 random ports, closed by the returned `close`. */

export const TOKEN = 'test-token-7f3a9c1e5b2d4680';
export const ACCOUNT = '0123456789abcdef0123456789abcdef';
export const OTHER_ACCOUNT = 'fedcba9876543210fedcba9876543210';

export type Recorded = { method: string; url: string; headers: IncomingHttpHeaders; body: string };

export type Running = { url: string; close: () => Promise<void> };

/**
 * One lifecycle for every server test file: what a test starts (`running.push(server)`) is closed
 * when that test ends, passed or failed, so no server outlives its test.
 */
export function closedAfterEach(): { push: (...servers: Running[]) => void } {
  const running: Running[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.close()));
  });
  return {
    push: (...servers) => {
      running.push(...servers);
    },
  };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
  });
}

function closer(server: Server, sockets: Set<Socket>) {
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

function trackSockets(server: Server) {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return sockets;
}

export const envelope = (result: unknown) => ({ success: true, errors: [], messages: [], result });

/**
 * An upstream that records every request and answers with `respond` (by default a v4 success
 * whose result echoes the method and path).
 */
export async function startUpstream(
  respond: (request: Recorded, response: ServerResponse) => void = (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(envelope({ method: request.method, url: request.url })));
  },
): Promise<Running & { requests: Recorded[] }> {
  const requests: Recorded[] = [];
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const recorded = {
      method: incoming.method ?? '',
      url: incoming.url ?? '',
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(recorded);
    respond(recorded, outgoing);
  });
  const sockets = trackSockets(server);
  const url = await listen(server);
  return { url, requests, close: closer(server, sockets) };
}

/** A port nothing listens on (it was free a moment ago). */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await listen(server);
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export const SECRET_BESIDE_DIST = 'secret beside dist';

/**
 * A built dashboard in a temporary folder: index.html, a hashed asset and its (hidden) source map,
 * the favicon, the MSW worker; and beside the folder, a file that no request may read.
 */
export function fakeDist(): string {
  const root = mkdtempSync(join(tmpdir(), 'zt-dist-'));
  writeFileSync(join(root, 'secret.txt'), SECRET_BESIDE_DIST);
  const dir = join(root, 'dist');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en">\n  <head>\n    <title>Certificates</title>\n    <script type="module" crossorigin src="/assets/index-AbC123.js"></script>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
  );
  writeFileSync(join(dir, 'assets', 'index-AbC123.js'), 'console.log("app");\n');
  writeFileSync(join(dir, 'assets', 'index-AbC123.js.map'), '{"version":3,"sources":["../src/main.tsx"]}\n');
  writeFileSync(join(dir, 'assets', 'index-AbC123.css'), 'body{}\n');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  writeFileSync(join(dir, 'mockServiceWorker.js'), '/* msw */\n');
  writeFileSync(join(dir, 'mock-worker-early.js'), '/* registers msw */\n');
  return dir;
}

export const liveUpstream = (apiBaseUrl: string, overrides: Partial<Upstream> = {}): Upstream => ({
  token: TOKEN,
  accountId: ACCOUNT,
  apiBaseUrl,
  timeoutMs: 5_000,
  ...overrides,
});

/** The server of `npm run serve` on a random port, with its log lines collected. */
export async function startApp(
  config: Partial<Pick<ServerConfig, 'distDir' | 'host' | 'allowedHosts' | 'live'>> = {},
  { prebuilt }: Pick<AppOptions, 'prebuilt'> = {},
): Promise<Running & { logs: string[] }> {
  const logs: string[] = [];
  const app = createApp(
    { distDir: fakeDist(), host: '127.0.0.1', allowedHosts: [], live: null, ...config },
    { log: (line) => logs.push(line), prebuilt },
  );
  const server = createNodeServer(app);
  const sockets = trackSockets(server);
  const url = await listen(server);
  return { url, logs, close: closer(server, sockets) };
}

export const certificatesPath = (account = ACCOUNT) => `/client/v4/accounts/${account}/gateway/certificates`;

/** Reads a response as text with its headers flattened, to search for something that must not be there. */
export async function everything(response: Response): Promise<string> {
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  return `${response.status}\n${headers}\n\n${await response.text()}`;
}

/** Bytes written to the server as they are, for requests no HTTP client would send; the raw answer. */
export function rawExchange(url: string, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

export type RawAnswer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A GET through node:http, which neither asks for nor decodes compression unless told to. */
export function rawGet(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}
