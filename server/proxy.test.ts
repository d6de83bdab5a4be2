// @vitest-environment node
import { describe, expect, test } from 'vitest';
import {
  ACCOUNT,
  certificatesPath,
  closedAfterEach,
  envelope,
  everything,
  liveUpstream,
  OTHER_ACCOUNT,
  startApp,
  startUpstream,
  TOKEN,
} from './test-support.ts';

const running = closedAfterEach();

async function setUp(respond?: Parameters<typeof startUpstream>[0]) {
  const upstream = await startUpstream(respond);
  running.push(upstream);
  const app = await startApp({ live: liveUpstream(`${upstream.url}/client/v4`) });
  running.push(app);
  return { upstream, app };
}

const ID = '2f0e3f0a-5b1c-4b7e-9a39-4e6c1c2d8b11';

describe('the token', () => {
  test('reaches the upstream as a bearer token on every forwarded operation', async () => {
    const { upstream, app } = await setUp();
    await fetch(`${app.url}${certificatesPath()}`);
    await fetch(`${app.url}${certificatesPath()}/${ID}/activate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await fetch(`${app.url}/client/v4/accounts/${ACCOUNT}/gateway/configuration`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ settings: { certificate: { id: ID, in_use: true } } }),
    });
    await fetch(`${app.url}/client/v4/accounts/${ACCOUNT}/mtls_certificates/${ID}`, { method: 'DELETE' });
    expect(upstream.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `GET /client/v4/accounts/${ACCOUNT}/gateway/certificates`,
      `POST /client/v4/accounts/${ACCOUNT}/gateway/certificates/${ID}/activate`,
      `PATCH /client/v4/accounts/${ACCOUNT}/gateway/configuration`,
      `DELETE /client/v4/accounts/${ACCOUNT}/mtls_certificates/${ID}`,
    ]);
    for (const request of upstream.requests) expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(upstream.requests[2]?.body).toBe(
      JSON.stringify({ settings: { certificate: { id: ID, in_use: true } } }),
    );
    expect(upstream.requests[2]?.headers['content-type']).toBe('application/json');
  });

  test('replaces any Authorization the browser sends, and the browser’s cookies stay home', async () => {
    const { upstream, app } = await setUp();
    await fetch(`${app.url}${certificatesPath()}`, {
      headers: { authorization: 'Bearer from-the-page', cookie: 'session=abc', 'x-forwarded-for': '1.2.3.4' },
    });
    const [request] = upstream.requests;
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers.cookie).toBeUndefined();
    expect(request?.headers['x-forwarded-for']).toBeUndefined();
  });

  test('never comes back to the browser, even when the upstream echoes its request headers', async () => {
    const { app } = await setUp((request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'x-echo-authorization': String(request.headers.authorization),
        'set-cookie': `echo=${String(request.headers.authorization)}`,
      });
      response.end(JSON.stringify(envelope([])));
    });
    const response = await fetch(`${app.url}${certificatesPath()}`);
    expect(response.status).toBe(200);
    const seen = await everything(response);
    expect(seen).not.toContain(TOKEN);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  test('is in no answer of the server, pages and refusals included, nor in its log', async () => {
    const { app } = await setUp();
    const answers = await Promise.all(
      [
        '/',
        '/accounts/x/certificates',
        '/assets/index-AbC123.js',
        certificatesPath(),
        certificatesPath(OTHER_ACCOUNT),
        `/client/v4/accounts/${ACCOUNT}/__mock/scenario`,
        '/client/v4/user/tokens/verify',
      ].map(async (path) => everything(await fetch(`${app.url}${path}`))),
    );
    for (const answer of answers) expect(answer).not.toContain(TOKEN);
    expect(app.logs.length).toBeGreaterThan(0);
    expect(app.logs.join('\n')).not.toContain(TOKEN);
  });
});

describe('the allow-list, through the server', () => {
  test.each([
    ['GET', `/client/v4/accounts/${ACCOUNT}/__mock/scenario`],
    ['POST', `/client/v4/accounts/${ACCOUNT}/__mock/scenario`],
    ['PATCH', `/client/v4/accounts/${ACCOUNT}/__mock/behaviour`],
    ['GET', '/client/v4/user/tokens/verify'],
    ['GET', '/client/v4/zones'],
    ['GET', `/client/v4/accounts/${ACCOUNT}/gateway/rules`],
    ['DELETE', `/client/v4/accounts/${ACCOUNT}/gateway/configuration`],
    ['PUT', `/client/v4/accounts/${ACCOUNT}/gateway/certificates/${ID}`],
    ['GET', `/client/v4/accounts/${OTHER_ACCOUNT}/gateway/certificates`],
    ['GET', '/client/v4/accounts/0123/gateway/certificates'],
    ['GET', `/client/v4/accounts/${ACCOUNT}/gateway/certificates/%2e%2e%2f%2e%2e%2fuser`],
    ['GET', '/client/v4'],
    ['GET', '/client/v4/'],
  ])('refuses %s %s with a 404 envelope, and nothing reaches the upstream', async (method, path) => {
    const { upstream, app } = await setUp();
    const response = await fetch(`${app.url}${path}`, { method });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body).toEqual({
      success: false,
      errors: [{ code: 9404, message: expect.stringMatching(/does not forward|manages account/) }],
      messages: [],
      result: null,
    });
    expect(upstream.requests).toEqual([]);
  });

  test('refuses a query string rather than forwarding the call without it', async () => {
    const { upstream, app } = await setUp();
    const response = await fetch(`${app.url}${certificatesPath()}?per_page=5&cf_secret=1`);
    expect(response.status).toBe(404);
    expect((await response.json()).errors[0].code).toBe(9404);
    expect(upstream.requests).toEqual([]);
  });

  test('passes the upstream’s status, envelope and Retry-After through', async () => {
    const refusal = {
      success: false,
      errors: [{ code: 1011, message: 'Only 3 certificates can be generated in 24 hours.' }],
      messages: [],
      result: null,
    };
    const { app } = await setUp((_, response) => {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '3600' });
      response.end(JSON.stringify(refusal));
    });
    const response = await fetch(`${app.url}${certificatesPath()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"validity_period_days":365}',
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3600');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual(refusal);
  });

  test('refuses a body that is not JSON, and one over 1 MiB', async () => {
    const { upstream, app } = await setUp();
    const form = await fetch(`${app.url}${certificatesPath()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'validity_period_days=1',
    });
    expect(form.status).toBe(415);
    const huge = await fetch(`${app.url}/client/v4/accounts/${ACCOUNT}/mtls_certificates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ certificates: 'x'.repeat(1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect((await huge.json()).errors[0].message).toMatch(/larger than 1 MiB/);
    expect(upstream.requests).toEqual([]);
  });
});

describe('requests from another site', () => {
  const post = (url: string, headers: Record<string, string>) =>
    fetch(`${url}${certificatesPath()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{}',
    });

  test.each([
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    [
      'Sec-Fetch-Site: same-site (another port)',
      { 'sec-fetch-site': 'same-site', origin: 'http://localhost:3000' },
    ],
    ['a foreign Origin, no Sec-Fetch-Site', { origin: 'https://evil.example' }],
    ['Origin: null (a sandboxed frame)', { origin: 'null' }],
  ])('a POST with %s is refused with 403 and never reaches the upstream', async (_, headers) => {
    const { upstream, app } = await setUp();
    const response = await post(app.url, headers);
    expect(response.status).toBe(403);
    const body = await response.json();
    expect(body.success).toBe(false);
    expect(body.errors[0]).toEqual({ code: 9403, message: expect.stringMatching(/^Refused: .*another/) });
    expect(upstream.requests).toEqual([]);
  });

  test('a cross-site DELETE and a cross-site GET are refused too', async () => {
    const { upstream, app } = await setUp();
    const del = await fetch(`${app.url}${certificatesPath()}/${ID}`, {
      method: 'DELETE',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    const get = await fetch(`${app.url}${certificatesPath()}`, {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect([del.status, get.status]).toEqual([403, 403]);
    expect(upstream.requests).toEqual([]);
  });

  test('the dashboard’s own POST (same origin) and a script’s (no browser headers) go through', async () => {
    const { upstream, app } = await setUp();
    const own = await post(app.url, { 'sec-fetch-site': 'same-origin', origin: app.url });
    const ownOriginOnly = await post(app.url, { origin: app.url });
    const script = await post(app.url, {});
    expect([own.status, ownOriginOnly.status, script.status]).toEqual([200, 200, 200]);
    expect(upstream.requests).toHaveLength(3);
  });
});
