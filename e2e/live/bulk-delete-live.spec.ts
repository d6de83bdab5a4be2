import { expect, test } from '@playwright/test';
import { LIVE_ACCOUNT_ID, LIVE_TOKEN, MOCK_API_BASE } from './live-env';
import { upstream } from './upstream';

// Live mode: Delete selected sends one DELETE per certificate through the server, and a 429 from
// Cloudflare is waited out for as long as its Retry-After says (the server passes the header on).

const account = `${MOCK_API_BASE}/accounts/${LIVE_ACCOUNT_ID}`;
const headers = { authorization: `Bearer ${LIVE_TOKEN}` };

test('live: Delete selected deletes each certificate once, waiting out a 429 for its Retry-After', async ({
  page,
  request,
}) => {
  const cloudflare = upstream(request);
  await cloudflare.scenario('default');
  for (let i = 0; i < 2; i += 1) {
    expect((await request.post(`${account}/gateway/certificates`, { headers, data: {} })).ok()).toBe(true);
  }
  const before = await cloudflare.certificates();
  const inactive = before.filter((c) => c.binding_status === 'inactive').map((c) => c.id);
  expect(inactive).toHaveLength(4);
  // The first DELETE is rate limited, asking for 2 seconds.
  await cloudflare.fault({ kind: 'status', status: 429, method: 'DELETE', times: 1, retryAfterSeconds: 2 });

  const answers: Array<{ id: string; status: number; retryAfter: string | null; at: number }> = [];
  page.on('response', (response) => {
    if (response.request().method() !== 'DELETE') return;
    answers.push({
      id: new URL(response.url()).pathname.split('/').pop() ?? '',
      status: response.status(),
      retryAfter: response.headers()['retry-after'] ?? null,
      at: Date.now(),
    });
  });

  await page.goto(`/accounts/${LIVE_ACCOUNT_ID}/certificates`);
  await expect(page.getByText('Live', { exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select all Inactive certificates shown' }).check();
  await page.getByRole('button', { name: 'Delete selected (4)' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete 4 certificates?' });
  await confirm.getByRole('button', { name: 'Delete 4 certificates' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 4 certificates.' })).toBeVisible({
    timeout: 20_000,
  });

  // Five answers: four deletes and the one 429, whose certificate was tried again after 2 s.
  expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 429]);
  const limited = answers.find((a) => a.status === 429);
  expect(limited?.retryAfter).toBe('2');
  const retried = answers.find((a) => a.status === 200 && a.id === limited?.id);
  expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1900);
  expect(new Set(answers.map((a) => a.id))).toEqual(new Set(inactive));

  // Upstream: the four are gone, the others are as they were.
  const after = await cloudflare.certificates();
  expect(after).toEqual(before.filter((c) => !inactive.includes(c.id)));
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
});
