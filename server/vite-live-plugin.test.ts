// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { describe, expect, test } from 'vitest';
import { ACCOUNT, certificatesPath, closedAfterEach, startUpstream, TOKEN } from './test-support.ts';
import { liveMode } from './vite-live-plugin.ts';

const running = closedAfterEach();

/** `npm start` in miniature: a Vite dev server over a bare index.html with the plugin. */
async function startVite(env: Record<string, string>): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'zt-vite-'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  const server: ViteDevServer = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [liveMode(env)],
    server: { port: 0, host: '127.0.0.1', hmr: false, ws: false },
  });
  await server.listen();
  running.push({ url: '', close: () => server.close() });
  const address = server.httpServer?.address() as AddressInfo | null | undefined;
  if (!address) throw new Error('The Vite server is not listening');
  return `http://127.0.0.1:${address.port}`;
}

describe('npm start in live mode (the Vite plugin)', () => {
  test('forwards allowed calls with the token, refuses the rest, and marks the page live', async () => {
    const upstream = await startUpstream();
    running.push(upstream);
    const url = await startVite({
      CLOUDFLARE_API_TOKEN: TOKEN,
      CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
      CLOUDFLARE_API_BASE_URL: `${upstream.url}/client/v4`,
    });

    const list = await fetch(`${url}${certificatesPath()}`);
    expect(list.status).toBe(200);
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(upstream.requests[0]?.url).toBe(`/client/v4/accounts/${ACCOUNT}/gateway/certificates`);

    const control = await fetch(`${url}/client/v4/accounts/${ACCOUNT}/__mock/scenario`, { method: 'POST' });
    expect(control.status).toBe(404);
    const crossSite = await fetch(`${url}${certificatesPath()}`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    expect(upstream.requests).toHaveLength(1);

    const page = await fetch(`${url}/`);
    const html = await page.text();
    expect(html).toContain(`<meta name="zt-console-mode" content="live" data-account-id="${ACCOUNT}" />`);
    expect(html).not.toContain(TOKEN);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('without a token, the page stays the mock demo and nothing is forwarded', async () => {
    const url = await startVite({});
    const html = await (await fetch(`${url}/`)).text();
    expect(html).not.toContain('zt-console-mode');
  });
});
