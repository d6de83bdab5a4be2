import type { Page } from '@playwright/test';
import { certificateReads, certificateRows, expect, test } from './fixtures';

/** The dates of one column, in row order ("Nov 28, 2026", possibly followed by "in 365 days"). */
async function columnDates(page: Page, column: 'Created' | 'Expires') {
  const index = column === 'Created' ? 2 : 3;
  const texts = await certificateRows(page).evaluateAll(
    (rows, i) => rows.map((row) => row.querySelectorAll('td')[i]?.textContent ?? ''),
    index,
  );
  expect(texts.length).toBeGreaterThan(0);
  return texts.map((text) => Date.parse(/^[A-Z][a-z]{2} \d{1,2}, \d{4}/.exec(text)?.[0] ?? 'unknown'));
}
/** Checks that a column's dates are all readable and in the order given. */
async function expectOrder(page: Page, column: 'Created' | 'Expires', order: 'ascending' | 'descending') {
  const dates = await columnDates(page, column);
  expect(dates.every(Number.isFinite), `${column} dates are readable`).toBe(true);
  const sorted = [...dates].sort((a, b) => (order === 'ascending' ? a - b : b - a));
  expect(dates, `${column} ${order}`).toEqual(sorted);
  return dates;
}

test('sorts by Created and Expires from the column headers, and filters by Status; the address keeps the view', async ({
  openCertificates,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  const rows = certificateRows(page);
  await expect(rows).toHaveCount(4);
  const created = page.getByRole('columnheader', { name: 'Created' });
  const expires = page.getByRole('columnheader', { name: 'Expires' });

  // Newest first by default.
  await expect(created).toHaveAttribute('aria-sort', 'descending');
  await expect(expires).toHaveAttribute('aria-sort', 'none');
  await expect(page.getByRole('columnheader', { name: 'Status' })).not.toHaveAttribute('aria-sort');
  await expectOrder(page, 'Created', 'descending');

  // The header buttons sort: Created once more is oldest first.
  await created.getByRole('button', { name: 'Created' }).click();
  await expect(created).toHaveAttribute('aria-sort', 'ascending');
  await expectOrder(page, 'Created', 'ascending');
  await expect(rows.first()).toContainText('Expired');

  // Expires: soonest first (what an administrator looks for), then latest first, then back.
  await expires.getByRole('button', { name: 'Expires' }).click();
  await expect(expires).toHaveAttribute('aria-sort', 'ascending');
  await expect(created).toHaveAttribute('aria-sort', 'none');
  await expect(page).toHaveURL(/\?sort=expires&dir=asc$/);
  const soonestFirst = await expectOrder(page, 'Expires', 'ascending');
  await expect(rows.first()).toContainText('Expired');
  await expires.getByRole('button', { name: 'Expires' }).click();
  await expect(expires).toHaveAttribute('aria-sort', 'descending');
  await expectOrder(page, 'Expires', 'descending');
  await expect(rows.last()).toContainText('Expired');
  await expires.getByRole('button', { name: 'Expires' }).click();
  await expect(expires).toHaveAttribute('aria-sort', 'ascending');

  // The Status select filters by the screen's words, with counts.
  const status = page.getByLabel('Status');
  await expect(status.getByRole('option')).toHaveText([
    'All statuses (4)',
    'Inactive (2)',
    'Pending (0)',
    'Available (1)',
    'Available and In-Use (1)',
  ]);
  await status.selectOption({ label: 'Inactive (2)' });
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await expect(row.getByRole('cell').nth(1)).toHaveText('Inactive');
  await status.selectOption({ label: 'Available and In-Use (1)' });
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('cell').nth(1)).toHaveText('Available and In-Use');
  await expect(page).toHaveURL(/status=Available\+and\+In-Use/);

  // A reload keeps the view.
  await page.reload();
  await expect(rows).toHaveCount(1);
  await expect(page.getByLabel('Status')).toHaveValue('Available and In-Use');
  await expect(expires).toHaveAttribute('aria-sort', 'ascending');

  // A status with nothing in it says so and offers the way back.
  await page.getByLabel('Status').selectOption({ label: 'Pending (0)' });
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText('No certificates are Pending.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all statuses' }).click();
  await expect(rows).toHaveCount(4);
  expect(await columnDates(page, 'Expires')).toEqual(soonestFirst);
});

test('a sort, a filter and a search fetch nothing, not even the page icon (only idle preloads of the app)', async ({
  openCertificates,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  const rows = certificateRows(page);
  await expect(rows).toHaveCount(4);
  // Chromium fetches a linked icon again on each change of address; the page draws its own.
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:image\/svg\+xml,/);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));

  await page.getByRole('button', { name: 'Expires', exact: true }).click();
  await expect(page).toHaveURL(/sort=expires/);
  await page.getByLabel('Status').selectOption({ label: 'Inactive (2)' });
  await expect(rows).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search certificates' }).fill('zzzz');
  await expect(rows).toHaveCount(0);
  // An icon request follows its change of address within a frame or two; give it ample time to show.
  await page.waitForTimeout(500);
  // The app's dialogs and drawer load when the page is idle, whatever the user does: those may show.
  expect(fetched.filter((path) => !path.startsWith('/assets/'))).toEqual([]);
});

test('loading shows a skeleton; an empty account says Cloudflare root is in use and offers to generate', async ({
  openCertificates,
  page,
}) => {
  // Every response of the slow scenario takes 3 seconds: the table's shape shows meanwhile.
  await openCertificates({ scenario: 'slow' });
  await expect(page.getByRole('status').filter({ hasText: 'Loading certificates…' })).toBeAttached();
  await expect(page.locator('[aria-busy="true"]')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  // A wait this long pulses; the pulse starts only after 0.8 s, so a quick load never starts it (its
  // start is an event for React's root listener, a long task right after the first paint).
  const pulse = await page.locator('.skeleton').evaluate((element) => {
    const animation = element.getAnimations()[0];
    return {
      name: (animation as CSSAnimation | undefined)?.animationName,
      delay: animation?.effect?.getTiming().delay,
    };
  });
  expect(pulse).toEqual({ name: 'pulse', delay: 800 });
  await expect(certificateRows(page)).toHaveCount(4);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

  await openCertificates({ scenario: 'empty' });
  await expect(page.getByRole('heading', { name: 'No certificates yet' })).toBeVisible();
  await expect(
    page.getByText(/Gateway inspects HTTPS traffic with Cloudflare's own root certificate\./),
  ).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByLabel('Status')).toHaveCount(0);
  // Only the empty state's own button: the header's is hidden while there is nothing to list.
  const generate = page.getByRole('button', { name: 'Generate certificate' });
  await expect(generate).toHaveCount(1);
  await generate.click();
  await expect(page.getByRole('dialog', { name: 'Generate certificate' })).toBeVisible();
});

test('a failed load shows the API message and Retry; an unknown account shows the API reason', async ({
  openCertificates,
  mockFault,
  apiCalls,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await expect(certificateRows(page)).toHaveCount(4);

  // The API fails every attempt (the client tries a 5xx three times) of the next load.
  await mockFault({ kind: 'status', status: 503, method: 'GET', path: '/gateway/certificates', times: 3 });
  const since = Date.now();
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  const error = page.getByRole('alert').filter({ hasText: 'The certificates could not be loaded.' });
  await expect(error).toHaveText(
    /The certificates could not be loaded\. The Cloudflare API is temporarily unavailable\. Try again in a moment\./,
  );
  await expect(page.getByRole('table')).toHaveCount(0);
  expect(certificateReads(apiCalls, since)).toHaveLength(3);

  // Retry loads it.
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(certificateRows(page)).toHaveCount(4);
  await expect(error).toHaveCount(0);

  // An account id that is not one: the API's own reason, not a bare status code.
  await page.goto('/accounts/not-an-account/certificates');
  const refused = page.getByRole('alert').filter({ hasText: 'The certificates could not be loaded.' });
  await expect(refused).toContainText(
    'Account not-an-account was not found: an account id is 32 hexadecimal characters.',
  );
  await expect(refused.getByRole('button', { name: 'Retry' })).toBeEnabled();
  await expect(refused).not.toContainText(/HTTP 404/);
});
