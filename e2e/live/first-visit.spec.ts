import { expect, test } from '@playwright/test';
import { LIVE_ACCOUNT_ID } from './live-env';
import { upstream } from './upstream';

// Live mode: the server has the page preload the certificate list (server/index-html.ts), and the
// list's query takes that answer. A preload that did not match the query's request would cost a second
// request to Cloudflare on every first visit.

test('live: a first visit asks for the certificate list once, through the page’s preload', async ({
  page,
  request,
}) => {
  await upstream(request).scenario('default');
  const listRequests: string[] = [];
  page.on('request', (sent) => {
    if (sent.method() === 'GET' && new URL(sent.url()).pathname.endsWith('/gateway/certificates')) {
      listRequests.push(sent.url());
    }
  });

  await page.goto(`/accounts/${LIVE_ACCOUNT_ID}/certificates`);
  await expect(page.locator('link[rel="preload"][as="fetch"]')).toHaveAttribute(
    'href',
    `/client/v4/accounts/${LIVE_ACCOUNT_ID}/gateway/certificates`,
  );
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(5);
  // Nothing else is due: the list stays fresh for 10 s, and nothing is pending.
  await page.waitForTimeout(1_000);
  expect(listRequests).toHaveLength(1);
  expect(await page.evaluate(() => document.querySelector('script[src*="mock-worker-early"]'))).toBeNull();
});
