import { detail, drawer, expect, PINNED_NOW, test } from './fixtures';

test('an expired certificate in use raises a banner with the way out, and following it clears the banner', async ({
  openCertificates,
  mockBehaviour,
  axe,
  page,
}) => {
  await openCertificates({ scenario: 'expired-in-use', now: PINNED_NOW });
  await mockBehaviour({ pendingMs: 500 });

  const banner = page.getByRole('alert').filter({ hasText: 'The certificate in use' });
  // The day is pinned, so the count of days is the same whenever this runs.
  await expect(banner).toContainText(
    /The certificate in use, Certificate [0-9a-f]{8}, expired on Feb \d, 2025 \(expired 498 days ago\)/,
  );
  await expect(banner).toContainText('devices get certificate errors on every site it inspects');
  await expect(banner).toContainText('Activate it and wait until it is Available.');
  await expect(banner).toContainText('Download it and install it on every device.');
  await expect(banner).toContainText('Open it and choose Confirm and turn on certificate.');
  await expect(page.getByRole('table').getByText('Expired', { exact: true })).toHaveCount(1);
  expect(await axe({ include: '.expiry-banner' })).toEqual([]);

  // The way out: generate a replacement, activate it, turn it on.
  await banner.getByRole('button', { name: 'Generate a replacement certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();
  const sheet = drawer(page);
  await expect(detail(sheet, 'Status')).toHaveText('Inactive');
  const actions = sheet.getByRole('region', { name: 'Actions' });
  await actions.getByRole('button', { name: 'Activate' }).click();
  await expect(detail(sheet, 'Status')).toHaveText('Available');
  await sheet
    .getByRole('region', { name: 'Basic information' })
    .getByRole('button', { name: 'Confirm and turn on certificate' })
    .click();
  await page
    .getByRole('alertdialog', { name: 'Turn on this certificate?' })
    .getByRole('button', { name: 'Turn on certificate' })
    .click();
  await expect(detail(sheet, 'Status')).toHaveText('Available and In-Use');

  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('table').getByText('Available and In-Use', { exact: true })).toHaveCount(1);
});

test('a healthy certificate in use shows no banner', async ({ openCertificates, page }) => {
  await openCertificates({ scenario: 'default', now: PINNED_NOW });
  await expect(page.getByRole('table').getByText('Available and In-Use', { exact: true })).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText("Gateway uses Cloudflare's own root certificate")).toHaveCount(0);
});
