// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { ConfigError } from '../server/config.ts';
import { injectAccessMeta } from '../server/index-html.ts';
import { ACCOUNT, TOKEN } from '../server/test-support.ts';
import { readAccessConfig } from './access-config.ts';
import type { AssetsFetcher } from './assets-site.ts';
import worker, { type EdgeEnv } from './worker.ts';
import { deployRun, devRun } from './wrangler.ts';

/** The Worker's settings and its local-only switch, run in node (edge/worker.workerd.test.ts runs it in workerd). */

const INDEX = '<!doctype html><html><head><title>Certificates</title></head><body></body></html>';

const assets: AssetsFetcher = {
  fetch: async (request) =>
    new URL(request.url).pathname === '/index.html'
      ? new Response(INDEX, { headers: { 'content-type': 'text/html' } })
      : new Response('Not found', { status: 404 }),
};

const env = (settings: Partial<EdgeEnv>): EdgeEnv => ({ ASSETS: assets, ...settings });

describe('readAccessConfig', () => {
  test('the team domain is the token issuer: an https origin without a trailing slash', () => {
    expect(
      readAccessConfig({ ACCESS_TEAM_DOMAIN: 'https://acme.cloudflareaccess.com/', ACCESS_AUD: 'aud' }),
    ).toEqual({ mode: 'on', teamDomain: 'https://acme.cloudflareaccess.com', audience: 'aud' });
  });

  test.each([
    [{}, /ACCESS_TEAM_DOMAIN and ACCESS_AUD must be set/],
    [{ ACCESS_TEAM_DOMAIN: 'https://acme.cloudflareaccess.com' }, /ACCESS_AUD/],
    [{ ACCESS_TEAM_DOMAIN: 'acme.cloudflareaccess.com', ACCESS_AUD: 'a' }, /must be a URL/],
    [{ ACCESS_TEAM_DOMAIN: 'http://acme.cloudflareaccess.com', ACCESS_AUD: 'a' }, /https/],
    [
      { ACCESS_TEAM_DOMAIN: 'https://acme.cloudflareaccess.com/cdn-cgi', ACCESS_AUD: 'a' },
      /team domain alone/,
    ],
    [{ ACCESS_DISABLED: 'yes' }, /ACCESS_TEAM_DOMAIN/],
  ])('refuses %j', (settings, message) => {
    expect(() => readAccessConfig(settings)).toThrow(ConfigError);
    expect(() => readAccessConfig(settings)).toThrow(message);
  });

  test('ACCESS_DISABLED=true (exactly) turns the check off', () => {
    expect(readAccessConfig({ ACCESS_DISABLED: 'true' })).toEqual({ mode: 'off' });
  });
});

describe('ACCESS_DISABLED=true', () => {
  const off = env({ ACCESS_DISABLED: 'true' });

  test('serves loopback, and the page says the check is off', async () => {
    for (const origin of ['http://127.0.0.1:8787', 'http://localhost:8787']) {
      const response = await worker.fetch(new Request(`${origin}/`), off);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<meta name="zt-console-access" content="off" />');
    }
  });

  test('refuses every other host name, so a deployed Worker with it set is still closed', async () => {
    const page = await worker.fetch(new Request('https://certs.example.com/'), off);
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('ACCESS_DISABLED=true is for local use only');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const api = await worker.fetch(
      new Request(`https://certs.example.com/client/v4/accounts/${ACCOUNT}/gateway/certificates`),
      off,
    );
    expect(api.status).toBe(403);
    expect(await api.json()).toMatchObject({ success: false, errors: [{ code: 9401 }] });
  });
});

describe('a Worker without its settings', () => {
  test('refuses everything and names the missing settings, with the headers', async () => {
    const page = await worker.fetch(new Request('https://certs.example.com/'), env({}));
    expect(page.status).toBe(500);
    expect(await page.text()).toContain('ACCESS_TEAM_DOMAIN and ACCESS_AUD must be set');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const api = await worker.fetch(new Request('https://certs.example.com/client/v4/zones'), env({}));
    expect(await api.json()).toMatchObject({ success: false, errors: [{ code: 9501 }] });
  });

  test('a token without an account id is a configuration error too', async () => {
    const response = await worker.fetch(
      new Request('http://127.0.0.1/'),
      env({ ACCESS_DISABLED: 'true', CLOUDFLARE_API_TOKEN: TOKEN }),
    );
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('CLOUDFLARE_ACCOUNT_ID must be set');
  });
});

describe('injectAccessMeta', () => {
  test('escapes the email, so a strange claim cannot close the tag', () => {
    const html = injectAccessMeta(INDEX, { kind: 'signed-in', email: '"><script>x</script>@example.com' });
    expect(html).toContain('data-email="&quot;&gt;&lt;script&gt;x&lt;/script&gt;@example.com"');
    expect(html).not.toContain('<script>');
  });
});

describe('npm run edge and npm run deploy', () => {
  const settings = {
    CLOUDFLARE_API_TOKEN: TOKEN,
    CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
    ACCESS_TEAM_DOMAIN: 'https://acme.cloudflareaccess.com',
    ACCESS_AUD: 'aud-tag',
  };

  test('edge: wrangler dev on 127.0.0.1:8787 with the vars, the token only in the environment', () => {
    const run = devRun(settings);
    expect(run.args.slice(0, 5)).toEqual(['dev', '--ip', '127.0.0.1', '--port', '8787']);
    expect(run.args).toContain(`CLOUDFLARE_ACCOUNT_ID:${ACCOUNT}`);
    expect(run.args).toContain('ACCESS_AUD:aud-tag');
    expect(run.args.join(' ')).not.toContain(TOKEN);
    expect(run.env.CLOUDFLARE_API_TOKEN).toBe(TOKEN);
    expect(devRun({ ...settings, PORT: '4520' }).args).toContain('4520');
    expect(run.warnings).toEqual([]);
  });

  test('edge: says when it serves the demo or runs without the Access check', () => {
    expect(devRun({ ACCESS_DISABLED: 'true' }).warnings).toEqual([
      'No CLOUDFLARE_API_TOKEN: the Worker serves the mock demo.',
      'ACCESS_DISABLED=true: no sign-in check, for this machine only (loopback).',
    ]);
  });

  test('edge: bad settings stop it before wrangler starts', () => {
    expect(() => devRun({ ...settings, ACCESS_AUD: '' })).toThrow(ConfigError);
    expect(() => devRun({ ...settings, PORT: 'eighty' })).toThrow(/PORT/);
  });

  test('deploy: the vars and the domain, never the console token (wrangler signs in on its own)', () => {
    const run = deployRun({
      ...settings,
      CONSOLE_DOMAIN: 'certs.example.com',
      CLOUDFLARE_DEPLOY_TOKEN: 'deployer',
    });
    expect(run.args).toEqual(expect.arrayContaining(['deploy', '--domain', 'certs.example.com']));
    expect(run.args).toContain('ACCESS_TEAM_DOMAIN:https://acme.cloudflareaccess.com');
    expect(run.args.join(' ')).not.toContain(TOKEN);
    expect(run.env.CLOUDFLARE_API_TOKEN).toBe('deployer');
    expect(deployRun(settings).env.CLOUDFLARE_API_TOKEN).toBeUndefined();
  });

  test('deploy: refuses ACCESS_DISABLED=true and a missing Access setting', () => {
    expect(() => deployRun({ ...settings, ACCESS_DISABLED: 'true' })).toThrow(/local use only/);
    expect(() => deployRun({ ...settings, ACCESS_TEAM_DOMAIN: '' })).toThrow(ConfigError);
    expect(() => deployRun({ ...settings, CLOUDFLARE_ACCOUNT_ID: '' })).toThrow(/CLOUDFLARE_ACCOUNT_ID/);
  });
});
