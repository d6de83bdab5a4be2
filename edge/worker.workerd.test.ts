// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACCOUNT, certificatesPath, everything, fakeDist, OTHER_ACCOUNT } from '../server/test-support.ts';
import {
  ACCESS_AUD,
  type Claims,
  configFor,
  runDeploy,
  type Started,
  startAccessTeam,
  startEdge,
  startMockApi,
  stopAllProcesses,
} from './test-support.ts';

/**
 * The Worker in workerd, as `npm run edge` runs it (edge/wrangler.ts → wrangler dev), in front of
 * `npm run mock-api` (which demands the token) and a stand-in for the Access team domain whose
 * keys are made here. One workerd for every case: starting it is the slow part.
 */

const TOKEN = 'edge-test-token-5d1c9a7e3b';
const EMAIL = 'ada@example.com';

let edge: Started;
let team: Awaited<ReturnType<typeof startAccessTeam>>;

beforeAll(async () => {
  team = await startAccessTeam();
  const mock = await startMockApi(TOKEN);
  const dist = fakeDist();
  writeFileSync(join(dist, 'assets', 'index-AbC123.js.map'), '{"version":3}');
  const script = readFileSync(join(dist, 'assets', 'index-AbC123.js'));
  writeFileSync(join(dist, 'assets', 'index-AbC123.js.br'), brotliCompressSync(script));
  writeFileSync(join(dist, 'assets', 'index-AbC123.js.gz'), gzipSync(script));
  edge = await startEdge(dist, {
    CLOUDFLARE_API_TOKEN: TOKEN,
    CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
    CLOUDFLARE_API_BASE_URL: `${mock.url}/client/v4`,
    ACCESS_TEAM_DOMAIN: team.teamDomain,
    ACCESS_AUD,
  });
}, 120_000);

afterAll(async () => {
  await Promise.all([stopAllProcesses(), team?.stop()]);
});

const sign = (claims?: Claims, payload: Record<string, unknown> = { email: EMAIL }) =>
  team.sign(claims, payload);

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${edge.url}${path}`, { headers, redirect: 'manual' });

const header = async (claims?: Claims) => ({ 'cf-access-jwt-assertion': await sign(claims) });

describe('Cloudflare Access, in workerd', () => {
  const refusals: [string, () => Promise<Record<string, string>>, RegExp][] = [
    ['no token', async () => ({}), /Sign in through Cloudflare Access/],
    ['a wrong audience', () => header({ audience: 'another-application' }), /another Access application/],
    [
      'a wrong issuer',
      () => header({ issuer: 'https://other-team.cloudflareaccess.com' }),
      /another Access team/,
    ],
    [
      'an expired token',
      () => {
        const now = Math.floor(Date.now() / 1000);
        return header({ issuedAt: now - 3600, expiresAt: now - 60 });
      },
      /expired/,
    ],
    ['a foreign key', () => header({ foreign: true }), /not signed by the Access team's keys/],
    ['garbage', async () => ({ 'cf-access-jwt-assertion': 'not.a.jwt' }), /not valid/],
  ];

  test.each(refusals)('%s: the page is refused with a short page', async (_, headers, reason) => {
    const response = await get('/', await headers());
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('Access denied');
    expect(html).toMatch(reason);
    expect(html).not.toContain('zt-console-mode');
  });

  test.each(refusals)(
    '%s: the API is refused with an envelope and reaches nothing',
    async (_, headers, reason) => {
      const response = await get(certificatesPath(), await headers());
      expect(response.status).toBe(403);
      const body = await response.json();
      expect(body).toMatchObject({ success: false, result: null, errors: [{ code: 9401 }] });
      expect(body.errors[0].message).toMatch(reason);
    },
  );

  test('assets are guarded too', async () => {
    expect((await get('/assets/index-AbC123.js')).status).toBe(403);
    expect((await get('/favicon.svg')).status).toBe(403);
  });

  test('a valid header: the page names the administrator, the API answers from upstream', async () => {
    const headers = await header();
    const page = await get('/accounts/x/certificates', headers);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<meta name="zt-console-mode" content="live" data-account-id="${ACCOUNT}" />`);
    expect(html).toContain(`<meta name="zt-console-access" content="signed-in" data-email="${EMAIL}" />`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    const api = await get(certificatesPath(), headers);
    expect(api.status).toBe(200);
    // The mock answers only with the token, so a success proves the Worker added it.
    expect(await api.json()).toMatchObject({ success: true, errors: [] });
  });

  test('a valid CF_Authorization cookie works like the header', async () => {
    const cookie = `theme=dark; CF_Authorization=${await sign()}`;
    const page = await get('/', { cookie });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`data-email="${EMAIL}"`);
    expect((await get(certificatesPath(), { cookie })).status).toBe(200);
  });

  test('a service token without an email is named by its common name', async () => {
    const token = await sign({}, { common_name: 'ci.access' });
    const html = await (await get('/', { 'cf-access-jwt-assertion': token })).text();
    expect(html).toContain('data-email="ci.access"');
  });

  test('the log names who made each change', async () => {
    const response = await fetch(`${edge.url}${certificatesPath()}/0b9e2a4c-6d1f-4e3a-9c7b-5a8d2e1f0c3b`, {
      method: 'DELETE',
      headers: await header(),
    });
    expect(response.status).toBe(404);
    await expect
      .poll(() => edge.output())
      .toContain(`${EMAIL}: DELETE ${certificatesPath()}/0b9e2a4c-6d1f-4e3a-9c7b-5a8d2e1f0c3b -> 404`);
  });

  test('the team keys are fetched once and cached', async () => {
    for (let i = 0; i < 3; i++) expect((await get('/', await header())).status).toBe(200);
    expect(team.keysServed()).toBe(1);
  });
});

describe('the same server as npm run serve, in workerd', () => {
  test('the allow-list: other paths, other accounts and other methods never leave', async () => {
    const headers = await header();
    for (const path of [
      '/client/v4/zones',
      '/client/v4/user/tokens/verify',
      certificatesPath(OTHER_ACCOUNT),
    ]) {
      const response = await get(path, headers);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ success: false, errors: [{ code: 9404 }] });
    }
    const put = await fetch(`${edge.url}${certificatesPath()}`, { method: 'PUT', headers });
    expect(put.status).toBe(404);
  });

  test('another site cannot use the API even with a valid sign-in', async () => {
    const response = await get(certificatesPath(), { ...(await header()), 'sec-fetch-site': 'cross-site' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errors: [{ code: 9403 }] });
  });

  test.each([
    ['the page', '/'],
    ['a hashed asset', '/assets/index-AbC123.js'],
    ['an API answer', certificatesPath()],
    ['an API refusal', '/client/v4/zones'],
    ['a missing file', '/nope.png'],
  ])('the security headers are on %s', async (_, path) => {
    const response = await get(path, await header());
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  test('files are cached like npm run serve’s, and the mock’s worker is not served live', async () => {
    const headers = await header();
    const asset = await get('/assets/index-AbC123.js', headers);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toContain('console.log("app")');
    expect((await get('/favicon.svg', headers)).headers.get('cache-control')).toBe('no-cache');
    expect((await get('/mockServiceWorker.js', headers)).status).toBe(404);
    expect((await get('/mock-worker-early.js', headers)).status).toBe(404);
    expect((await get('/assets/missing-123.js', headers)).status).toBe(404);
    expect((await get('/assets/index-AbC123.js.map', headers)).status).toBe(404);
    expect((await get('/assets/index-AbC123.js.br', headers)).status).toBe(404);
    // The page names the person it was served to: no shared cache may keep it.
    expect((await get('/', headers)).headers.get('cache-control')).toBe('private, no-cache');
    expect((await fetch(`${edge.url}/`, { method: 'POST', headers })).status).toBe(405);
  });

  test.each([
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip;q=0.5, br;q=0.4', 'gzip'],
    ['identity', null],
  ])(
    'assets are sent compressed by Accept-Encoding (%s), as the build prepared them',
    async (accept, coding) => {
      const response = await get('/assets/index-AbC123.js', {
        ...(await header()),
        'accept-encoding': accept,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(coding);
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // fetch undoes the coding: what arrives is the file itself.
      expect(await response.text()).toBe('console.log("app");\n');
    },
  );

  test('the token is in no answer, and wrangler does not print it', async () => {
    const headers = await header();
    const answers = await Promise.all(
      ['/', '/index.html', certificatesPath(), '/client/v4/zones', '/nope.png'].map((path) =>
        get(path, headers),
      ),
    );
    answers.push(await get(certificatesPath()));
    for (const response of answers) expect(await everything(response)).not.toContain(TOKEN);
    expect(edge.output()).not.toContain(TOKEN);
  });
});

describe('npm run deploy', () => {
  test('bundles the Worker with the vars and the domain, without the console token (wrangler deploy --dry-run)', async () => {
    const outdir = mkdtempSync(join(tmpdir(), 'zt-edge-out-'));
    const { code, output } = await runDeploy(
      ['--config', configFor(fakeDist()), '--dry-run', '--outdir', outdir],
      {
        CLOUDFLARE_API_TOKEN: TOKEN,
        CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
        ACCESS_TEAM_DOMAIN: 'https://acme.cloudflareaccess.com',
        ACCESS_AUD,
        CONSOLE_DOMAIN: 'certs.example.com',
      },
    );
    expect(code, output).toBe(0);
    expect(output).toMatch(/env\.ACCESS_AUD/);
    expect(output).toContain('--dry-run: exiting now');
    expect(output).not.toContain(TOKEN);
    const bundle = readFileSync(join(outdir, 'worker.js'), 'utf8');
    // Web APIs only: nothing of node (the file-system site stays with npm run serve).
    expect(bundle).not.toMatch(/from\s*["']node:/);
    expect(bundle).not.toContain('serveStatic');
  }, 60_000);
});
