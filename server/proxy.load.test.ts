// @vitest-environment node

import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ACCOUNT,
  certificatesPath,
  envelope,
  liveUpstream,
  type Recorded,
  type Running,
  startApp,
  startUpstream,
  TOKEN,
} from './test-support.ts';

/**
 * The live server under load and faults. Concurrent calls through it to a slow stand-in
 * for Cloudflare are all answered, with the right bodies, and its memory is steady afterwards; resets,
 * truncated bodies, garbage and silence from upstream, all at once, each get a clear error, and it keeps
 * serving. `npm run test:load` runs the same with 1,000 concurrent calls and 10 rounds.
 *
 * And answers far too large (endless ones, gzip bombs), again and again: each is cut off at the
 * 16 MiB limit with a 502, and memory comes back to where it was, its peak bounded by the limit.
 */

// `npm run test:load` runs it heavier; LOAD_REQUESTS and LOAD_ROUNDS choose by hand.
const HEAVY = process.env.npm_lifecycle_event === 'test:load';
const REQUESTS = Number(process.env.LOAD_REQUESTS ?? (HEAVY ? 1000 : 200));
const ROUNDS = Number(process.env.LOAD_ROUNDS ?? (HEAVY ? 10 : 5));
const UPSTREAM_DELAY_MS = Number(process.env.LOAD_UPSTREAM_DELAY_MS ?? 300);
/** The live server's upstream timeout: generous under load (a busy machine is slow), short for silence. */
const TIMEOUT_MS = 30_000;
const SILENCE_TIMEOUT_MS = 2000;
const MB = 1024 * 1024;
/** Each answer carries this much, so keeping answers (or requests) alive would show in the heap. */
const BODY_PADDING = 16 * 1024;

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Memory once the dust settles: a moment for sockets to wind down (or, `settled`, until every call's
 * timeout timer has fired, releasing what it holds), then a full collection.
 */
async function memory({ settled = false } = {}) {
  await new Promise((resolve) => setTimeout(resolve, settled ? TIMEOUT_MS + 1000 : 1000));
  for (let i = 0; i < 3; i++) gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** Figures for docs/reliability.md, printed as one line each. */
const report = (line: string) => console.log(`[load] ${line}`);

type Behaviour = 'ok' | 'reset' | 'truncated' | 'garbage' | 'silent' | 'error' | 'endless' | 'bomb';

/** 64 KB of a JSON string's inside, written again and again by an answer that never ends. */
const FILLER = Buffer.alloc(64 * 1024, 'x');
/** A gzip body that inflates to 256 MiB of envelope: set up by the test that uses it. */
let gzipBomb: Buffer = Buffer.alloc(0);

async function makeGzipBomb(inflated: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => gzip.on('end', resolve));
  gzip.write('{"success":true,"errors":[],"messages":[],"result":"');
  for (let written = 0; written < inflated; written += FILLER.byteLength) {
    if (!gzip.write(FILLER)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end('"}');
  await ended;
  return Buffer.concat(chunks);
}

/** A stand-in for Cloudflare that answers each certificate id as the id says: `ok-…`, `reset-…`, … */
function upstreamBehaviour(request: Recorded, response: ServerResponse) {
  const id = request.url.split('/').pop() ?? '';
  const behaviour = id.split('-')[0] as Behaviour;
  setTimeout(() => {
    switch (behaviour) {
      case 'reset':
        response.socket?.destroy();
        return;
      case 'truncated':
        // Promises 4 KB, sends 20 bytes, hangs up.
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
        response.write('{"success":true,"re');
        setTimeout(() => response.socket?.destroy(), 10);
        return;
      case 'garbage':
        response.socket?.end('\x00\xffSSH-2.0-not-http\r\n\r\n');
        return;
      case 'silent':
        return;
      case 'error':
        response.writeHead(500, { 'content-type': 'text/html' });
        response.end('<html><body>upstream exploded</body></html>');
        return;
      case 'endless': {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"success":true,"errors":[],"messages":[],"result":"');
        const pump = () => {
          while (!response.destroyed && response.write(FILLER)) {
            /* until the socket is full */
          }
        };
        response.on('drain', pump);
        pump();
        return;
      }
      case 'bomb':
        response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        response.end(gzipBomb);
        return;
      default:
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify(envelope({ id, binding_status: 'available', padding: 'x'.repeat(BODY_PADDING) })),
        );
    }
  }, UPSTREAM_DELAY_MS);
}

const running: Running[] = [];
let upstream: Running & { requests: Recorded[] };
let app: Running & { logs: string[] };
/** The same server with a short upstream timeout, for the calls the stand-in never answers. */
let impatientApp: Running & { logs: string[] };

beforeAll(async () => {
  upstream = await startUpstream(upstreamBehaviour);
  running.push(upstream);
  const api = `${upstream.url}/client/v4`;
  app = await startApp({ live: liveUpstream(api, { timeoutMs: TIMEOUT_MS }) });
  impatientApp = await startApp({ live: liveUpstream(api, { timeoutMs: SILENCE_TIMEOUT_MS }) });
  running.push(app, impatientApp);
});

afterAll(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** One call, kept as a summary: holding on to each 16 KB body would be the test's own leak. */
async function get(id: string, server: Running) {
  const response = await fetch(`${server.url}${certificatesPath(ACCOUNT)}/${id}`);
  const body = (await response.json()) as {
    success: boolean;
    result: { id: string } | null;
    errors: Array<{ code: number; message: string }>;
  };
  return {
    status: response.status,
    success: body.success,
    resultId: body.result?.id ?? null,
    message: body.errors[0]?.message ?? '',
  };
}

async function round(kinds: Behaviour[], server: Running = app, count = REQUESTS) {
  const ids = Array.from({ length: count }, (_, i) => `${kinds[i % kinds.length]}-${randomUUID()}`);
  const started = performance.now();
  const answers = await Promise.all(ids.map(async (id) => ({ id, ...(await get(id, server)) })));
  const ms = performance.now() - started;
  // The stand-in records every request it gets; that is the test's memory, not the server's.
  expect(upstream.requests).toHaveLength(count);
  upstream.requests.length = 0;
  return { answers, ms };
}

describe('the live server under load', () => {
  test(`${REQUESTS} concurrent calls to a slow upstream are all answered with their own bodies, and memory is steady`, async () => {
    // Two rounds to warm up (JIT, socket pools, caches), then the baseline.
    await round(['ok']);
    await round(['ok']);
    const before = await memory();
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const { answers, ms } = await round(['ok']);
      times.push(ms);
      expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
      for (const answer of answers) expect(answer.resultId).toBe(answer.id);
    }
    // The heavy run also waits out the calls' 30-second timeout timers, for the figure that matters.
    const after = await memory({ settled: HEAVY });

    const heapGrowth = after.heapUsed - before.heapUsed;
    report(
      `${ROUNDS} rounds of ${REQUESTS} concurrent GETs, upstream ${UPSTREAM_DELAY_MS} ms each: ` +
        `${times.map((ms) => `${Math.round(ms)} ms`).join(', ')}`,
    );
    report(
      `heap ${mb(before.heapUsed)} -> ${mb(after.heapUsed)} (${heapGrowth >= 0 ? '+' : ''}${mb(heapGrowth)}), ` +
        `rss ${mb(before.rss)} -> ${mb(after.rss)}${HEAVY ? ', after the timeouts expired' : ''}`,
    );
    // All in parallel: a round takes about one upstream delay, not REQUESTS of them.
    expect(Math.max(...times)).toBeLessThan(UPSTREAM_DELAY_MS * 20 + REQUESTS * 20);
    // Steady: what the calls allocated is released. Keeping each 16 KB answer, or even half of it, would
    // break this bound; what remains is socket pools, timers and compiled code, which level off.
    expect(heapGrowth / (REQUESTS * ROUNDS)).toBeLessThan(8 * 1024);
  }, 180_000);

  test(`${REQUESTS} concurrent calls meeting resets, truncated bodies, garbage, silence and 500s each get a clear error, and the server keeps serving`, async () => {
    const before = await memory();
    const { answers, ms } = await round(
      ['ok', 'reset', 'truncated', 'garbage', 'silent', 'error'],
      impatientApp,
    );
    const byKind = (kind: Behaviour) => answers.filter((answer) => answer.id.startsWith(`${kind}-`));

    for (const answer of byKind('ok')) {
      expect(answer.status).toBe(200);
      expect(answer.resultId).toBe(answer.id);
    }
    for (const answer of [...byKind('reset'), ...byKind('truncated'), ...byKind('garbage')]) {
      expect(answer.status, answer.id).toBe(502);
      expect(answer).toMatchObject({ success: false, resultId: null });
      expect(answer.message, answer.id).toMatch(
        /^Could not reach the Cloudflare API \(127\.0\.0\.1:\d+\): the (connection was (reset|closed)|connection was closed before an answer|answer was not HTTP)/,
      );
    }
    for (const answer of byKind('garbage')) expect(answer.message).toMatch(/not HTTP|closed|reset/);
    for (const answer of byKind('silent')) {
      expect(answer.status).toBe(504);
      expect(answer.message).toMatch(/did not answer within \d+(\.\d+)? seconds\. Try again in a moment\.$/);
    }
    for (const answer of byKind('error')) {
      expect(answer.status).toBe(502);
      expect(answer.message).toBe('The Cloudflare API had a problem (HTTP 500). Try again in a moment.');
    }
    const counts = Object.fromEntries(
      (['ok', 'reset', 'truncated', 'garbage', 'silent', 'error'] as const).map((kind) => [
        kind,
        `${byKind(kind).length}×${[...new Set(byKind(kind).map((answer) => answer.status))].join('/')}`,
      ]),
    );
    report(`${REQUESTS} concurrent GETs with faults in ${Math.round(ms)} ms: ${JSON.stringify(counts)}`);

    // Still serving: pages and calls, and nothing it logged carries the token.
    expect((await fetch(`${impatientApp.url}/`)).status).toBe(200);
    const { answers: healthy } = await round(['ok'], impatientApp, 20);
    expect(healthy.filter((answer) => answer.status !== 200)).toEqual([]);
    expect(impatientApp.logs.join('\n')).not.toContain(TOKEN);
    expect(impatientApp.logs.join('\n')).toMatch(/-> 502: could not reach/);
    const after = await memory();
    report(`after the faults: heap ${mb(before.heapUsed)} -> ${mb(after.heapUsed)}, rss ${mb(after.rss)}`);
    expect((after.heapUsed - before.heapUsed) / (REQUESTS * 2)).toBeLessThan(8 * 1024);
  }, 120_000);

  test('repeated huge answers, endless and gzip bombs, are each cut off at 16 MiB, and memory stays flat', async () => {
    const concurrent = HEAVY ? 16 : 6;
    const rounds = HEAVY ? 8 : 3;
    gzipBomb = await makeGzipBomb(256 * MB);
    // Calls an earlier test left behind (if it failed) are not this test's.
    upstream.requests.length = 0;
    const expectCutOff = (answers: Awaited<ReturnType<typeof round>>['answers']) => {
      for (const answer of answers) {
        expect(answer.status, answer.id).toBe(502);
        expect(answer.message).toMatch(/answer was too large \(over 16 MiB\)/);
      }
    };
    // One round to warm up, then the baseline.
    expectCutOff((await round(['endless', 'bomb'], app, concurrent)).answers);
    const before = await memory();
    let peak = before.rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const times: number[] = [];
    try {
      for (let i = 0; i < rounds; i++) {
        const { answers, ms } = await round(['endless', 'bomb'], app, concurrent);
        times.push(ms);
        expectCutOff(answers);
      }
    } finally {
      clearInterval(sampler);
    }
    const after = await memory();
    const inflated = concurrent * rounds * 16;
    report(
      `${rounds} rounds of ${concurrent} concurrent answers over 16 MiB (endless, and gzip bombs of ` +
        `${(gzipBomb.byteLength / 1024).toFixed(0)} KB inflating to 256 MiB), each cut off: ` +
        `${times.map((ms) => `${Math.round(ms)} ms`).join(', ')}; ${inflated} MiB read in all`,
    );
    report(
      `heap ${mb(before.heapUsed)} -> ${mb(after.heapUsed)}, rss ${mb(before.rss)} -> ${mb(after.rss)}, ` +
        `peak rss ${mb(peak)} (+${mb(peak - before.rss)})`,
    );
    // Flat: nothing of the answers is kept once they are refused.
    expect(after.heapUsed - before.heapUsed).toBeLessThan(16 * MB);
    // Bounded: at any moment each call holds at most its 16 MiB (twice over, for garbage not yet
    // collected), never the whole answer (which was endless, or 256 MiB).
    expect(peak - before.rss).toBeLessThan(concurrent * 32 * MB);
    expect(upstream.requests).toHaveLength(0);
  }, 180_000);
});
