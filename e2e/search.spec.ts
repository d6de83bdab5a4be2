import type { Page } from '@playwright/test';
import { defaultScenarioRoles } from '../test-kit/scenario-certificates';
import { certificateRows, expect, fetchFromPage, test } from './fixtures';

/** The account's certificates as the API gives them, fingerprints included. */
async function listed(page: Page, accountId: string) {
  type Listed = {
    id: string;
    fingerprint: string;
    binding_status: string;
    in_use: boolean;
    expires_on: string;
  };
  const answer = await fetchFromPage<{ result: Listed[] }>(
    page,
    'GET',
    `/accounts/${accountId}/gateway/certificates`,
  );
  return answer.result;
}

test('Search certificates finds one by a fingerprint pasted from a device, with or without colons, by id or by name; the address keeps it with the filter and sort', async ({
  openCertificates,
  accountId,
  axe,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  const rows = certificateRows(page);
  await expect(rows).toHaveCount(4);
  const search = page.getByRole('searchbox', { name: 'Search certificates' });
  await expect(search).toBeVisible();

  const { inactive: target, inUse: other } = defaultScenarioRoles(await listed(page, accountId), Date.now());
  const label = `Certificate ${target.id.slice(0, 8)}`;
  const pairs = target.fingerprint.split(':');
  // Part of the fingerprint, as openssl and Firefox write it (colons), as Windows does (none, lower
  // case here), and as macOS Keychain does (spaces).
  const part = pairs.slice(10, 18);
  for (const query of [part.join(':'), part.join('').toLowerCase(), part.join(' '), target.fingerprint]) {
    await search.fill(query);
    await expect(rows, `"${query}" finds one`).toHaveCount(1);
    await expect(rows.getByRole('link')).toHaveText(label);
  }

  // Any part of the id, in any case; and the name the row shows.
  await search.fill(target.id.slice(9, 23).toUpperCase());
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('link')).toHaveText(label);
  await search.fill(`certificate ${other.id.slice(0, 6)}`);
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('link')).toHaveText(`Certificate ${other.id.slice(0, 8)}`);

  // Nothing matches: say so, and offer the way back.
  await search.fill('no such certificate');
  await expect(page.getByText('No certificates match “no such certificate”.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  expect(await axe(), 'the list with a search that matches nothing').toEqual([]);
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(rows).toHaveCount(4);
  await expect(search).toHaveValue('');
  await expect(page).not.toHaveURL(/q=/);

  // With the status filter and the sort, in the address; a reload keeps all three.
  await search.fill('Certificate');
  await expect(rows).toHaveCount(4);
  await page.getByLabel('Status').selectOption('Inactive');
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Expires', exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=Certificate(&|$)/);
  await expect(page).toHaveURL(/status=Inactive/);
  await expect(page).toHaveURL(/sort=expires/);
  await search.fill(target.id.slice(0, 8));
  await expect(rows).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search certificates' })).toHaveValue(
    target.id.slice(0, 8),
  );
  await expect(rows).toHaveCount(1);
  await expect(page.getByLabel('Status')).toHaveValue('Inactive');
  // The first click on Expires sorts the soonest first: what an administrator looks for.
  await expect(page.getByRole('columnheader', { name: 'Expires' })).toHaveAttribute('aria-sort', 'ascending');

  // Opening the drawer and closing it comes back to the same search.
  await rows.getByRole('link').click();
  await expect(page.getByRole('dialog', { name: label })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: label })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search certificates' })).toHaveValue(
    target.id.slice(0, 8),
  );
  await expect(rows).toHaveCount(1);

  // A search that matches only outside the status filter says both, and offers each way back.
  await page.getByRole('searchbox', { name: 'Search certificates' }).fill(other.id.slice(0, 8));
  await expect(
    page.getByText(`No certificates that are Inactive match “${other.id.slice(0, 8)}”.`),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clear search' })).toBeVisible();
  await page.getByRole('button', { name: 'Show all statuses' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('link')).toHaveText(`Certificate ${other.id.slice(0, 8)}`);
});
