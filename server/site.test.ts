// @vitest-environment node
import { request } from 'node:http';
import { describe, expect, test } from 'vitest';
import {
  ACCOUNT,
  certificatesPath,
  closedAfterEach,
  liveUpstream,
  SECRET_BESIDE_DIST,
  startApp,
  startUpstream,
  TOKEN,
} from './test-support.ts';

const running = closedAfterEach();

async function live() {
  const upstream = await startUpstream();
  running.push(upstream);
  const app = await startApp({ live: liveUpstream(`${upstream.url}/client/v4`) });
  running.push(app);
  return { app, upstream };
}

async function demo() {
  const app = await startApp();
  running.push(app);
  return app;
}

const META = `<meta name="zt-console-mode" content="live" data-account-id="${ACCOUNT}" />`;

describe('security headers', () => {
  test.each([
    ['the page', '/'],
    ['a deep link', '/accounts/x/certificates'],
    ['a hashed asset', '/assets/index-AbC123.js'],
    ['an API answer', certificatesPath()],
    ['an API refusal', '/client/v4/zones'],
    ['a missing file', '/nope.png'],
  ])('are on %s', async (_, path) => {
    const { app } = await live();
    const response = await fetch(`${app.url}${path}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc.trim()).toBe("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("worker-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  test('are on the mock demo’s page too', async () => {
    const app = await demo();
    const response = await fetch(`${app.url}/`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the built dashboard', () => {
  test('live: index.html names the account in a meta tag and has no inline script or token', async () => {
    const { app } = await live();
    for (const path of ['/', '/index.html', `/accounts/${ACCOUNT}/certificates`]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const html = await response.text();
      expect(html).toContain(META);
      expect(html).not.toContain(TOKEN);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  test('mock demo: index.html is served as built, and the API paths answer 404', async () => {
    const app = await demo();
    const html = await (await fetch(`${app.url}/accounts/${ACCOUNT}/certificates`)).text();
    expect(html).toContain('<div id="root">');
    expect(html).not.toContain('zt-console-mode');
    const api = await fetch(`${app.url}${certificatesPath()}`);
    expect(api.status).toBe(404);
    expect((await api.json()).errors[0].message).toMatch(/mock demo/);
  });

  test('hashed assets are cached for a year with their content type; other files revalidate', async () => {
    const app = await demo();
    const script = await fetch(`${app.url}/assets/index-AbC123.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const style = await fetch(`${app.url}/assets/index-AbC123.css`);
    expect(style.headers.get('content-type')).toMatch(/^text\/css/);
    const icon = await fetch(`${app.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  test('a missing asset or file is a 404, not index.html', async () => {
    const app = await demo();
    for (const path of ['/assets/gone-123.js', '/robots.txt', '/favicon.ico']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(404);
    }
  });

  test('nothing outside the build can be read', async () => {
    const app = await demo();
    for (const path of [
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2E%2E%5Csecret.txt',
    ]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain(SECRET_BESIDE_DIST);
    }
  });

  test('the mock’s service worker and its early start are served in the demo and not in live mode', async () => {
    const app = await demo();
    const { app: liveApp } = await live();
    for (const path of ['/mockServiceWorker.js', '/mock-worker-early.js']) {
      expect((await fetch(`${app.url}${path}`)).status, path).toBe(200);
      expect((await fetch(`${liveApp.url}${path}`)).status, path).toBe(404);
    }
  });

  test('pages answer GET and HEAD only', async () => {
    const app = await demo();
    expect((await fetch(`${app.url}/`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${app.url}/accounts/x`, { method: 'POST' })).status).toBe(405);
  });
});

describe('the Host check (against DNS rebinding)', () => {
  const get = (url: string, path: string, host: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const { port } = new URL(url);
      const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (response) => {
        let body = '';
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

  test('another host name is refused, on pages and API alike, before anything is forwarded', async () => {
    const { app, upstream } = await live();
    const port = new URL(app.url).port;
    const page = await get(app.url, '/', `evil.example:${port}`);
    expect(page.status).toBe(403);
    const api = await get(app.url, certificatesPath(), `evil.example:${port}`);
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body).errors[0].code).toBe(9421);
    expect(upstream.requests).toEqual([]);
  });

  test('localhost, 127.0.0.1 and [::1] are served', async () => {
    const { app } = await live();
    const port = new URL(app.url).port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST']) {
      expect((await get(app.url, '/', host)).status, host).toBe(200);
    }
  });
});
