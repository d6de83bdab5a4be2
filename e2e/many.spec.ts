import type { Page } from '@playwright/test';
import { certificateRows, expect, fetchFromPage, test } from './fixtures';
import { listed } from './reliability-support';

/**
 * The `many` scenario's 2,000 certificates come ready-made from the server that serves the demo
 * (server/prebuilt-scenarios.ts; the browser tests' `vite preview` does the same), so the page signs
 * none of them; where the copy does not fit (a pinned clock), the page mints them itself.
 */

// The account's first list answer, as the mock would send it (mocks/scenarios/prebuilt.ts).
type Prebuilt = { result: { id: string }[] };

/** The server's copy, once it has built one (it starts building when the server starts). */
async function serverCopy(page: Page): Promise<Prebuilt> {
  let copy: Prebuilt | null = null;
  await expect
    .poll(
      async () => {
        const answer = await page.request.get('/demo-data/scenarios/many.json');
        copy = answer.ok() ? ((await answer.json()) as Prebuilt) : null;
        return copy?.result.length ?? 0;
      },
      { timeout: 30_000 },
    )
    .toBe(2000);
  return copy as unknown as Prebuilt;
}

const ids = (certificates: { id: string }[]) => certificates.map((certificate) => certificate.id).sort();

test('?scenario=many shows the server’s 2,000 certificates, and a reload straight after keeps them', async ({
  openCertificates,
  accountId,
  page,
}) => {
  const copy = await serverCopy(page);
  const asked = page.waitForRequest((request) => request.url().endsWith('/demo-data/scenarios/many.json'));

  await openCertificates({ scenario: 'many' });
  await asked;

  await expect(certificateRows(page)).toHaveCount(50);
  await expect(page.getByRole('button', { name: 'Show 50 more' })).toBeVisible();
  const shown = await listed(page, accountId);
  expect(shown).toHaveLength(2000);
  expect(ids(shown)).toEqual(ids(copy.result));

  // The 3 MB account is stored once the page has time, or as the page goes away: a reload keeps it.
  await page.reload();
  await expect(certificateRows(page)).toHaveCount(50);
  expect(ids(await listed(page, accountId))).toEqual(ids(copy.result));
});

test('with the clock pinned elsewhere, the page mints `many` itself, as of that date', async ({
  openCertificates,
  accountId,
  page,
}) => {
  const copy = await serverCopy(page);

  await openCertificates({ scenario: 'many', now: '2027-06-01T12:00:00Z' });

  await expect(certificateRows(page)).toHaveCount(50, { timeout: 30_000 });
  const { result: shown } = await fetchFromPage<{ result: { id: string; created_at: string }[] }>(
    page,
    'GET',
    `/accounts/${accountId}/gateway/certificates`,
  );
  expect(shown).toHaveLength(2000);
  expect(ids(shown)).not.toContain(copy.result[0]?.id);
  // The newest was made six hours before the pinned date (the scenario makes one every three hours).
  const newest = shown
    .map((certificate) => certificate.created_at)
    .sort()
    .pop();
  expect(newest).toBe('2027-06-01T06:00:00.000Z');
});
