import { expect, test } from '../fixtures';
import { DEAD_API_BASE, DEAD_UPSTREAM_URL, DEMO_URL, LIVE_ACCOUNT_ID } from './live-env';

test('live with a dead upstream: the screen says the API cannot be reached, and the server lives on', async ({
  page,
}) => {
  await page.goto(`${DEAD_UPSTREAM_URL}/`);
  await expect(page.getByText('Live', { exact: true })).toBeVisible();
  // The list is retried twice (a 502 may pass), then the server's message is shown.
  await expect(
    page.getByText(
      `Could not reach the Cloudflare API (${new URL(DEAD_API_BASE).host}): the connection was refused.`,
    ),
  ).toBeVisible({
    timeout: 30_000,
  });
  const again = await page.request.get(
    `${DEAD_UPSTREAM_URL}/client/v4/accounts/${LIVE_ACCOUNT_ID}/gateway/certificates`,
  );
  expect(again.status()).toBe(502);
  expect((await page.request.get(`${DEAD_UPSTREAM_URL}/`)).status()).toBe(200);
});

test('without a token the server serves the mock demo, and it runs under the strict CSP', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  const response = await page.goto(`${DEMO_URL}/`);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');

  await expect(page.getByText('Mock demo')).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(5);
  const controlled = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistrations()).length,
  );
  expect(controlled).toBe(1);
  expect(violations).toEqual([]);
});
