import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import {
  type Behaviour,
  type ControlAnswer,
  type ControlTransport,
  type Fault,
  type MockControls,
  mockControls,
} from '../test-kit/mock-controls';

/** A call the page made to the (simulated) Cloudflare API; MSW-served requests are still page requests. */
export type ApiCall = { method: string; path: string; at: number; body: unknown };

type Fixtures = {
  /** A fresh 32-hex account id, so every test has its own mock data. */
  accountId: string;
  /**
   * Opens the Certificates page of `accountId`, optionally with a demo scenario, the demo clock pinned to
   * an ISO-8601 instant (`now`, for this tab's session: use it in every journey whose result depends on
   * the date, e.g. `PINNED_NOW`) and a response latency in ms.
   */
  openCertificates: (options?: { scenario?: string; now?: string; latency?: number }) => Promise<Page>;
  /**
   * Changes how the mock answers this account: `pendingMs` (how long Pending lasts), `latencyMs`, `flaky`.
   * It is a call from inside the page, because only the page's requests reach the service worker.
   */
  mockBehaviour: (behaviour: Behaviour) => Promise<void>;
  /**
   * Makes the next matching API call(s) of this account fail: e.g. `{ kind: 'status', status: 503,
   * method: 'GET', path: '/gateway/certificates', times: 3 }`. Faults live in the page's worker host,
   * so a full page load forgets them.
   */
  mockFault: (fault: Fault) => Promise<void>;
  /** Every request the page sends under /client/v4/, recorded from the start of the test. */
  apiCalls: ApiCall[];
  /** Runs axe on the page as it is now and returns the serious and critical violations, described. */
  axe: (options?: { include?: string }) => Promise<string[]>;
};

/**
 * One API call from inside the page (only the page's requests reach the mock's worker), answered as
 * JSON. Just after a load the mock may still be starting (the page paints first): until its worker
 * answers, the request reaches the static server instead, which has no JSON for it, so it asks again.
 */
export function fetchFromPage<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ([verb, url, payload]) => {
      for (let attempt = 0; ; attempt += 1) {
        const response = await fetch(`/client/v4${url}`, {
          method: verb,
          headers: payload === undefined ? {} : { 'content-type': 'application/json' },
          body: payload === undefined ? undefined : JSON.stringify(payload),
        });
        const fromMock = response.headers.get('content-type')?.includes('application/json');
        if (fromMock || attempt >= 100) return (await response.json()) as T;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    [method, path, body] as const,
  );
}

/** The mock's controls for one account, sent from inside the page. */
export function pageControls(page: Page, accountId: string): MockControls {
  const send: ControlTransport = async (method, path, body) => {
    const answer = await fetchFromPage<ControlAnswer>(page, method, path, body);
    expect(answer.errors, `the mock accepted ${method} ${path}`).toEqual([]);
    expect(answer.success).toBe(true);
    return answer;
  };
  return mockControls(send, accountId);
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  accountId: async ({}, use) => {
    const bytes = Array.from({ length: 16 }, () => Math.floor(Math.random() * 256));
    await use(bytes.map((b) => b.toString(16).padStart(2, '0')).join(''));
  },
  openCertificates: async ({ page, accountId }, use) => {
    await use(async ({ scenario, now, latency } = {}) => {
      const params = new URLSearchParams();
      if (scenario) params.set('scenario', scenario);
      if (now) params.set('now', now);
      if (latency !== undefined) params.set('latency', String(latency));
      const query = params.size > 0 ? `?${params}` : '';
      // The demo paints before its mock has started, and the page asks the API only once it has: the
      // first API request says the mock (and the scenario) is ready for the controls below.
      const asked = page.waitForRequest((request) =>
        new URL(request.url()).pathname.startsWith('/client/v4/'),
      );
      await page.goto(`/accounts/${accountId}/certificates${query}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
      await asked;
      return page;
    });
  },
  mockBehaviour: async ({ page, accountId }, use) => {
    await use(async (behaviour) => {
      await pageControls(page, accountId).behaviour(behaviour);
    });
  },
  mockFault: async ({ page, accountId }, use) => {
    await use(async (fault) => {
      await pageControls(page, accountId).fault(fault);
    });
  },
  apiCalls: async ({ page }, use) => {
    const calls: ApiCall[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith('/client/v4/')) return;
      let body: unknown = null;
      try {
        body = request.postDataJSON();
      } catch {
        body = request.postData();
      }
      calls.push({ method: request.method(), path: url.pathname, at: Date.now(), body });
    });
    await use(calls);
  },
  axe: async ({ page }, use) => {
    await use(async ({ include } = {}) => {
      let builder = new AxeBuilder({ page }).withTags([
        'wcag2a',
        'wcag2aa',
        'wcag21a',
        'wcag21aa',
        'wcag22aa',
        'best-practice',
      ]);
      if (include) builder = builder.include(include);
      const { violations } = await builder.analyze();
      return violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
              .map((node) => node.target.join(' '))
              .join(', ')}`,
        );
    });
  },
});

/**
 * A fixed day for journeys whose result depends on the date (expiry, banners, the generation window):
 * passed as `?now=`, it makes them give the same result whatever day they run.
 */
export const PINNED_NOW = '2026-06-15T09:00:00Z';

/** The value beside a term of a definition list, e.g. the drawer's "Status" or "SHA-256 fingerprint". */
export const detail = (scope: Locator, term: string) =>
  scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .locator('xpath=following-sibling::dd[1]');

/** The drawer of one certificate: a dialog titled with its label. */
export const drawer = (page: Page, name: string | RegExp = /^Certificate [0-9a-f]{8}$/) =>
  page.getByRole('dialog', { name });

/** The table's certificate rows (the header row left out). */
export const certificateRows = (page: Page) =>
  page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: /^Certificate / }) });

/** Deactivates the certificate of the open drawer, through its confirmation. */
export async function deactivateInDrawer(page: Page) {
  await drawer(page).getByRole('button', { name: 'Deactivate' }).click();
  await page
    .getByRole('alertdialog', { name: /^Deactivate .+\?$/ })
    .getByRole('button', { name: 'Deactivate certificate' })
    .click();
}

/** Focus is on `scope` or inside it. */
export const expectFocusWithin = (scope: Locator, message = 'focus is within') =>
  expect
    .poll(() => scope.evaluate((element) => element.contains(document.activeElement)), { message })
    .toBe(true);

/** Certificate GETs (list and single) among the recorded calls, from `since` on. */
export const certificateReads = (calls: ApiCall[], since = 0) =>
  calls.filter(
    (call) => call.method === 'GET' && /\/gateway\/certificates(\/|$)/.test(call.path) && call.at >= since,
  );

export { expect };
