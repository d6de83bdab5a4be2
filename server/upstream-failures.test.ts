// @vitest-environment node

import type { ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { describe, expect, test } from 'vitest';
import {
  certificatesPath,
  closedAfterEach,
  deadPort,
  envelope,
  liveUpstream,
  type Recorded,
  type Running,
  startApp,
  startUpstream,
  TOKEN,
} from './test-support.ts';

const running = closedAfterEach();

type Behaviour = (request: Recorded, response: ServerResponse) => void;
const ok: Behaviour = (_, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(envelope([])));
};

/** An upstream whose behaviour the test switches, behind the server with a 400 ms timeout. */
async function setUp(first: Behaviour) {
  let behaviour = first;
  const upstream = await startUpstream((request, response) => behaviour(request, response));
  running.push(upstream);
  const app = await startApp({ live: liveUpstream(`${upstream.url}/client/v4`, { timeoutMs: 400 }) });
  running.push(app);
  return {
    app,
    upstream,
    becomes: (next: Behaviour) => {
      behaviour = next;
    },
  };
}

async function call(url: string, method = 'GET') {
  const response = await fetch(`${url}${certificatesPath()}`, {
    method,
    headers: method === 'GET' ? {} : { 'content-type': 'application/json' },
    body: method === 'GET' ? undefined : '{}',
  });
  const body = await response.json();
  return { status: response.status, body, message: String(body.errors?.[0]?.message ?? '') };
}

/** The server still serves pages and forwards calls once the upstream is healthy again. */
async function expectAlive(app: Running, becomes?: (next: Behaviour) => void) {
  const page = await fetch(`${app.url}/`);
  expect(page.status).toBe(200);
  if (becomes) {
    becomes(ok);
    expect((await call(app.url)).status).toBe(200);
  }
}

describe('an upstream that fails', () => {
  test('nothing listening: 502 saying the connection was refused, and the server survives', async () => {
    const port = await deadPort();
    const app = await startApp({ live: liveUpstream(`http://127.0.0.1:${port}/client/v4`) });
    running.push(app);
    const answer = await call(app.url);
    expect(answer.status).toBe(502);
    expect(answer.body).toMatchObject({ success: false, result: null, messages: [] });
    expect(answer.body.errors[0].code).toBe(9502);
    expect(answer.message).toBe(
      `Could not reach the Cloudflare API (127.0.0.1:${port}): the connection was refused. Check the network and CLOUDFLARE_API_BASE_URL, then try again.`,
    );
    await expectAlive(app);
    expect(app.logs.join('\n')).toMatch(/-> 502: could not reach .*refused/);
    expect(app.logs.join('\n')).not.toContain(TOKEN);
  });

  test('a port that fetch will not dial: 502 that names the reason', async () => {
    const app = await startApp({ live: liveUpstream('http://127.0.0.1:1/client/v4') });
    running.push(app);
    const answer = await call(app.url);
    expect(answer.status).toBe(502);
    expect(answer.message).toMatch(
      /^Could not reach the Cloudflare API \(127\.0\.0\.1:1\): a network error \(bad port\)\./,
    );
  });

  test('a connection reset mid-request: 502, and the next call goes through', async () => {
    const { app, becomes } = await setUp((_, response) => response.socket?.destroy());
    const answer = await call(app.url, 'POST');
    expect(answer.status).toBe(502);
    expect(answer.message).toMatch(
      /^Could not reach the Cloudflare API .*: the connection was (reset|closed)/,
    );
    await expectAlive(app, becomes);
  });

  test('many resets at once do not bring it down', async () => {
    const { app, becomes } = await setUp((_, response) => response.socket?.destroy());
    const answers = await Promise.all(Array.from({ length: 20 }, () => call(app.url)));
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([502]));
    await expectAlive(app, becomes);
  });

  test('no answer within the timeout: 504 saying so, well before the upstream gives up', async () => {
    const { app, becomes } = await setUp(() => {
      /* never answers */
    });
    const started = Date.now();
    const answer = await call(app.url);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(answer.status).toBe(504);
    expect(answer.body.errors[0].code).toBe(9504);
    expect(answer.message).toMatch(
      /^The Cloudflare API \(127\.0\.0\.1:\d+\) did not answer within 0\.4 seconds\./,
    );
    await expectAlive(app, becomes);
  });

  test('a change that times out says it may or may not have been made', async () => {
    const { app } = await setUp(() => {});
    const answer = await call(app.url, 'POST');
    expect(answer.status).toBe(504);
    expect(answer.message).toMatch(/may or may not have been made: reload/);
  });

  test('a body that stalls halfway: 504', async () => {
    const { app, becomes } = await setUp((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"success":true,"result":[');
    });
    const answer = await call(app.url);
    expect(answer.status).toBe(504);
    await expectAlive(app, becomes);
  });

  test('HTTP 500 with an envelope: 502 that keeps the upstream’s own words', async () => {
    const { app, becomes } = await setUp((_, response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ success: false, errors: [{ code: 1500, message: 'Internal error' }], result: null }),
      );
    });
    const answer = await call(app.url, 'POST');
    expect(answer.status).toBe(502);
    expect(answer.body.errors[0].code).toBe(9503);
    expect(answer.message).toBe(
      'The Cloudflare API had a problem (HTTP 500): Internal error. Try again in a moment.',
    );
    await expectAlive(app, becomes);
  });

  test('HTTP 503 with an HTML page: 502 with a clear message', async () => {
    const { app } = await setUp((_, response) => {
      response.writeHead(503, { 'content-type': 'text/html' });
      response.end('<html><body>Service Unavailable</body></html>');
    });
    const answer = await call(app.url);
    expect(answer.status).toBe(502);
    expect(answer.message).toBe('The Cloudflare API had a problem (HTTP 503). Try again in a moment.');
  });

  test.each([
    ['an HTML page with 200', 200, 'text/html', '<html>Welcome to nginx</html>', /HTTP 200, text\/html/],
    [
      'JSON that is not an envelope',
      200,
      'application/json',
      '{"hello":"world"}',
      /HTTP 200, application\/json/,
    ],
    ['an empty body', 200, '', '', /HTTP 200, no content type/],
    ['a 404 HTML page (wrong base URL)', 404, 'text/html', '<h1>Not Found</h1>', /HTTP 404, text\/html/],
    ['truncated JSON', 200, 'application/json', '{"success":tr', /HTTP 200/],
  ])(
    'garbage (%s): 502 that says the answer is not an API response',
    async (_, status, type, body, detail) => {
      const { app, becomes } = await setUp((__, response) => {
        response.writeHead(status, type ? { 'content-type': type } : {});
        response.end(body);
      });
      const answer = await call(app.url);
      expect(answer.status).toBe(502);
      expect(answer.body.errors[0].code).toBe(9505);
      expect(answer.message).toMatch(
        /^The Cloudflare API answered with something that is not an API response/,
      );
      expect(answer.message).toMatch(detail);
      expect(answer.message).toMatch(/Check CLOUDFLARE_API_BASE_URL\.$/);
      await expectAlive(app, becomes);
    },
  );

  test('a redirect is not followed (the token stays with the API host): 502', async () => {
    const { app, upstream } = await setUp((_, response) => {
      response.writeHead(302, { location: 'http://127.0.0.1:1/steal' });
      response.end();
    });
    const answer = await call(app.url);
    expect(answer.status).toBe(502);
    expect(answer.message).toMatch(/HTTP 302/);
    expect(upstream.requests).toHaveLength(1);
  });

  test('bytes that are not HTTP at all: 502, and the server survives', async () => {
    const sockets = new Set<Socket>();
    const garbage = createTcpServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.once('data', () => socket.end('\x00\x01garbage that is not HTTP\r\n\r\n'));
    });
    await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', () => resolve()));
    running.push({
      url: '',
      close: () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) socket.destroy();
          garbage.close(() => resolve());
        }),
    });
    const { port } = garbage.address() as { port: number };
    const app = await startApp({ live: liveUpstream(`http://127.0.0.1:${port}/client/v4`) });
    running.push(app);
    const answer = await call(app.url);
    expect(answer.status).toBe(502);
    expect(answer.message).toMatch(
      /^Could not reach the Cloudflare API .*: the (answer was not HTTP|connection)/,
    );
    await expectAlive(app);
  });
});
