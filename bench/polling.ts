// Measure 5: requests to the API per minute while idle (nothing pending: there should be none) and while a
// certificate is pending (the list refreshes every 2 s), counted from the page's own requests.
import type { Browser, Page } from '@playwright/test';
import { PROBE_SCRIPT } from './page-probe.ts';
import { within } from './stats.ts';

export type PollingResult = {
  idle: { requests: number; seconds: number; perMinute: number };
  pending: { requests: number; seconds: number; perMinute: number };
  /** After the pending certificate became available: polling must stop again. */
  afterPending: { requests: number; seconds: number; perMinute: number };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Certificate = { id: string; binding_status: string };

/** A call from inside the page: only the page's requests reach the mock's service worker. */
const api = <T>(page: Page, path: string, init?: { method: string; body?: unknown }) =>
  page.evaluate(
    async ([url, method, body]) => {
      const response = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as { success: boolean; result: unknown };
    },
    [path, init?.method ?? 'GET', init?.body] as const,
  ) as Promise<{ success: boolean; result: T }>;

export async function measurePolling(
  browser: Browser,
  origin: string,
  accountId: string,
  { idleMs = 10_000, pendingMs = 8_000, afterMs = 6_000 } = {},
): Promise<PollingResult> {
  const context = await browser.newContext();
  await context.addInitScript({ content: PROBE_SCRIPT });
  const page = await context.newPage();
  let count = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/client/v4/')) count += 1;
  });
  const countFor = async (ms: number) => {
    count = 0;
    await sleep(ms);
    const requests = count;
    return { requests, seconds: ms / 1000, perMinute: Math.round((requests * 60_000) / ms) };
  };
  const listUrl = `${origin}/accounts/${accountId}/certificates`;
  const base = `/client/v4/accounts/${accountId}`;
  try {
    await page.goto(`${listUrl}?scenario=default`, { waitUntil: 'commit' });
    await within(
      page.evaluate(() => window.__bench.rows),
      60_000,
      'the list',
    );
    await sleep(1_000); // let start-up requests finish
    const idle = await countFor(idleMs);

    // Make Pending last long enough to watch, activate an inactive certificate, and open the list afresh.
    const deployMs = pendingMs + 6_000;
    await api(page, `${base}/__mock/behaviour`, { method: 'PATCH', body: { pendingMs: deployMs } });
    const list = await api<Certificate[]>(page, `${base}/gateway/certificates`);
    const inactive = list.result.find((certificate) => certificate.binding_status === 'inactive');
    if (!inactive) throw new Error('The default scenario has no inactive certificate to activate.');
    await api(page, `${base}/gateway/certificates/${inactive.id}/activate`, { method: 'POST', body: {} });
    const activatedAt = Date.now();
    await page.goto(listUrl, { waitUntil: 'commit' });
    await within(
      page.evaluate(() => window.__bench.rows),
      60_000,
      'the list',
    );
    await sleep(500);
    const pending = await countFor(pendingMs);

    // Past the end of Pending and the last refresh that sees it end, then count again.
    await sleep(Math.max(0, activatedAt + deployMs + 3_000 - Date.now()));
    await page
      .getByText(/pending: refreshing/)
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
    const afterPending = await countFor(afterMs);
    return { idle, pending, afterPending };
  } finally {
    await context.close();
  }
}
