import { expect, test } from './fixtures';

test('the root address shows the demo account with the default scenario', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto('/');
  await expect(page).toHaveURL(/\/accounts\/[0-9a-f]{32}\/certificates$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
  const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(trail).toHaveText(/Zero Trust.*Traffic policies.*Traffic settings/);
  await expect(page.getByText('Mock demo')).toBeVisible();

  const rows = page.getByRole('table').getByRole('row');
  // One header row and the default scenario's four certificates.
  await expect(rows).toHaveCount(5);
  const table = page.getByRole('table');
  await expect(table.getByText('Available and In-Use', { exact: true })).toHaveCount(1);
  await expect(table.getByText('Available', { exact: true })).toHaveCount(1);
  await expect(table.getByText('Inactive', { exact: true })).toHaveCount(2);
  await expect(table.getByText(/expired \d+ days? ago/)).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('a scenario in the address replaces the account data once', async ({ openCertificates, page }) => {
  await openCertificates({ scenario: 'empty' });
  await expect(page).not.toHaveURL(/scenario=/);
  await expect(page.getByRole('heading', { name: 'No certificates yet' })).toBeVisible();
  await expect(page.getByText("Cloudflare's own root certificate")).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
