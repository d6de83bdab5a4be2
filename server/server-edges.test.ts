// @vitest-environment node
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { SECURITY_HEADERS } from './security-headers.ts';
import {
  ACCOUNT,
  certificatesPath,
  closedAfterEach,
  liveUpstream,
  type Recorded,
  rawExchange,
  rawGet,
  startApp,
  startUpstream,
} from './test-support.ts';

/** The server's edges: bounded answers, strict bodies, no queries, headers everywhere, quiet hang-ups, no maps. */

const running = closedAfterEach();

const MiB = 1024 * 1024;

async function setUp(respond?: (request: Recorded, response: ServerResponse) => void) {
  const upstream = await startUpstream(respond);
  running.push(upstream);
  const app = await startApp({ live: liveUpstream(`${upstream.url}/client/v4`) });
  running.push(app);
  return { upstream, app };
}

/** An envelope whose result is `bytes` long: a real answer, only far too big. */
function hugeEnvelope(bytes: number): { head: string; filler: Buffer; tail: string } {
  return {
    head: '{"success":true,"errors":[],"messages":[],"result":"',
    filler: Buffer.alloc(bytes, 'x'),
    tail: '"}',
  };
}

async function errorOf(response: Response) {
  const body = await response.json();
  return {
    status: response.status,
    code: body.errors?.[0]?.code,
    message: String(body.errors?.[0]?.message),
  };
}

describe('the upstream’s answer is read with a limit of 16 MiB, after decompression', () => {
  test('a 20 MiB answer: 502 with code 9506 that says it was too large', async () => {
    const { app } = await setUp((_, response) => {
      const { head, filler, tail } = hugeEnvelope(20 * MiB);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write(head);
      response.write(filler);
      response.end(tail);
    });
    const answer = await errorOf(await fetch(`${app.url}${certificatesPath()}`));
    expect(answer).toEqual({
      status: 502,
      code: 9506,
      message: expect.stringMatching(/^The Cloudflare API's answer was too large \(over 16 MiB\)/),
    });
    expect(app.logs.join('\n')).toMatch(/-> 502: the answer from .* passed 16 MiB/);
  });

  test('an answer just under the limit still goes through whole', async () => {
    const { app } = await setUp((_, response) => {
      const { head, filler, tail } = hugeEnvelope(15 * MiB);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(Buffer.concat([Buffer.from(head), filler, Buffer.from(tail)]));
    });
    const response = await fetch(`${app.url}${certificatesPath()}`);
    expect(response.status).toBe(200);
    expect((await response.json()).result).toHaveLength(15 * MiB);
  });

  test('a gzip bomb (100 KB that inflate to 100 MiB) is cut off at 16 MiB: 502, 9506', async () => {
    const { head, filler, tail } = hugeEnvelope(100 * MiB);
    const bomb = gzipSync(Buffer.concat([Buffer.from(head), filler, Buffer.from(tail)]), { level: 9 });
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    const { app } = await setUp((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end(bomb);
    });
    const answer = await errorOf(await fetch(`${app.url}${certificatesPath()}`));
    expect([answer.status, answer.code]).toEqual([502, 9506]);
  });

  test('an answer that never ends is cut off, and its connection closed, well before the timeout', async () => {
    let upstreamClosed = false;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const { app } = await setUp((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"success":true,"result":"');
      const pump = () => {
        while (!response.destroyed && response.write(chunk)) {
          /* fill the socket */
        }
      };
      response.on('drain', pump);
      response.on('close', () => {
        upstreamClosed = true;
      });
      pump();
    });
    const started = Date.now();
    const answer = await errorOf(await fetch(`${app.url}${certificatesPath()}`));
    expect([answer.status, answer.code]).toEqual([502, 9506]);
    expect(Date.now() - started).toBeLessThan(4_000);
    await expect.poll(() => upstreamClosed).toBe(true);
  });
});

describe('request bodies', () => {
  test.each([
    ['truncated JSON', '{"a":'],
    ['a trailing comma', '{"validity_period_days":365,}'],
    ['single quotes', "{'a':1}"],
    ['not UTF-8', '\xff\xfe{}'],
  ])('%s sent as JSON gets a 400 envelope and never leaves', async (_, body) => {
    const { upstream, app } = await setUp();
    const response = await fetch(`${app.url}${certificatesPath()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(body, 'latin1'),
    });
    expect(await errorOf(response)).toEqual({
      status: 400,
      code: 9400,
      message: 'The request body is not valid JSON, so it was not sent to the Cloudflare API.',
    });
    expect(upstream.requests).toEqual([]);
  });

  test('valid JSON, and an empty body, are forwarded as sent', async () => {
    const { upstream, app } = await setUp();
    const post = (body: string) =>
      fetch(`${app.url}${certificatesPath()}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    expect((await post('{"validity_period_days":1826}')).status).toBe(200);
    expect((await post('')).status).toBe(200);
    expect(upstream.requests.map((request) => request.body)).toEqual(['{"validity_period_days":1826}', '']);
  });
});

describe('query strings', () => {
  test.each([
    ['a page size', '?per_page=1000'],
    ['several parameters', '?page=2&status=active'],
    ['a bare question mark', '?'],
  ])('%s is refused with 404, code 9404, and nothing is forwarded', async (_, query) => {
    const { upstream, app } = await setUp();
    // Written to the socket as is: fetch and node:http both drop a bare `?`.
    const raw = await rawExchange(
      app.url,
      `GET ${certificatesPath()}${query} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
    );
    const get = { status: Number(raw.split(' ')[1]), body: raw.split('\r\n\r\n')[1] ?? '' };
    const post =
      query === '?'
        ? null
        : await fetch(`${app.url}${certificatesPath()}${query}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
          });
    const refused = { code: 9404, message: expect.stringMatching(/does not forward query strings/) };
    expect({ status: get.status, ...JSON.parse(get.body).errors[0] }).toEqual({
      status: 404,
      ...refused,
    });
    if (post) expect(await errorOf(post)).toEqual({ status: 404, ...refused });
    expect(upstream.requests).toEqual([]);
  });
});

const header = (raw: string, name: string) =>
  new RegExp(`^${name}: (.*)$`, 'im').exec(raw.split('\r\n\r\n')[0] ?? '')?.[1] ?? null;

describe('security headers on the HTTP layer’s own refusals', () => {
  test.each([
    [
      'a Host with a name for a port',
      (path: string) => `GET ${path} HTTP/1.1\r\nHost: localhost:evil\r\nConnection: close\r\n\r\n`,
    ],
    [
      'a backslash in the path',
      () => 'GET /assets\\..\\secret.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    ],
    ['a request line that is not HTTP', () => 'GARBAGE\r\n\r\n'],
    [
      'a header name with a space',
      (path: string) => `GET ${path} HTTP/1.1\r\nHost: localhost\r\nBad Name: x\r\n\r\n`,
    ],
    [
      'headers too large',
      (path: string) => `GET ${path} HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    ],
  ])('%s: refused with every security header', async (_, request) => {
    const { app, upstream } = await setUp();
    for (const path of ['/', certificatesPath()]) {
      const raw = await rawExchange(app.url, request(path));
      expect(raw).toMatch(/^HTTP\/1\.1 4(00|31) /);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(header(raw, name), `${name} in\n${raw}`).toBe(value);
      }
    }
    expect(upstream.requests).toEqual([]);
  });
});

describe('a client that hangs up mid-body', () => {
  test('is one quiet line in the log, not an internal error, and nothing is forwarded', async () => {
    const { app, upstream } = await setUp();
    const request =
      `POST ${certificatesPath()} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
      'Content-Length: 1000\r\n\r\n{"validity_period_days":';
    const { connect } = await import('node:net');
    const socket = connect(Number(new URL(app.url).port), '127.0.0.1', () => {
      socket.write(request, () => setTimeout(() => socket.destroy(), 100));
    });
    await expect.poll(() => app.logs.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(app.logs).toEqual([expect.stringMatching(/^POST .*: the client hung up/)]);
    expect(app.logs.join('\n')).not.toMatch(/internal error|aborted/);
    expect(upstream.requests).toEqual([]);
    // And the server carries on.
    expect((await fetch(`${app.url}${certificatesPath(ACCOUNT)}`)).status).toBe(200);
  });
});

describe('source maps', () => {
  test.each(['/assets/index-AbC123.js.map', '/assets/index-AbC123.js.MAP', '/assets/index-AbC123.js%2emap'])(
    '%s is not served, though the build kept it',
    async (path) => {
      const { app } = await setUp();
      const response = await rawGet(`${app.url}${path}`, { 'accept-encoding': 'br, gzip' });
      expect(response.status).toBe(404);
      expect(response.body.toString()).not.toContain('sources');
    },
  );

  test('the production build writes no map a script points to', async () => {
    const config = (await import('../vite.config.ts')).default as { build?: { sourcemap?: unknown } };
    expect([false, 'hidden']).toContain(config.build?.sourcemap);
  });
});
