import { certificateRows, detail, drawer, expect, test } from './fixtures';

test('the 4th generation in 24 hours is refused and explained, by the dialog and by the API', async ({
  openCertificates,
  apiCalls,
  page,
}) => {
  // Three generated in the last day, all on the list: the dialog knows and does not offer to send.
  await openCertificates({ scenario: 'generation-limit' });
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await expect(dialog).toContainText(
    /This account has generated 3 certificates in the last 24 hours, the most allowed\. The next one can be generated after .+\./,
  );
  await expect(dialog.getByRole('button', { name: 'Generate certificate' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Three generated, one of them deleted: the list cannot prove the limit, so the API's 429 explains it.
  await openCertificates({ scenario: 'empty' });
  for (const expected of [1, 2, 3]) {
    await page.getByRole('button', { name: 'Generate certificate' }).click();
    await dialog.getByRole('radio', { name: '1 year' }).check();
    await dialog.getByRole('button', { name: 'Generate certificate' }).click();
    const sheet = drawer(page);
    await expect(detail(sheet, 'Status')).toHaveText('Inactive');
    if (expected < 3) {
      await page.keyboard.press('Escape');
      await expect(sheet).toBeHidden();
      await expect(certificateRows(page)).toHaveCount(expected);
    } else {
      await sheet.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Delete certificate' }).click();
      await expect(sheet).toBeHidden();
      await expect(certificateRows(page)).toHaveCount(2);
    }
  }
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  await expect(dialog.getByText('up to 1 more can be generated now')).toBeVisible();
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    /^This account has generated 3 certificates in the last 24 hours, the most allowed\. The next one can be generated after \d{4}-\d\d-\d\dT[\d:.]+Z\.$/,
  );
  // The dialog stays open with the choice made, and nothing was created.
  await expect(dialog.getByRole('button', { name: 'Generate certificate' })).toBeEnabled();
  const posts = apiCalls.filter(
    (call) => call.method === 'POST' && call.path.endsWith('/gateway/certificates'),
  );
  expect(posts).toHaveLength(4);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(certificateRows(page)).toHaveCount(2);
});

test('the 11th activation is refused and explained, and nothing changes', async ({
  openCertificates,
  page,
}) => {
  await openCertificates({ scenario: 'available-limit' });
  const rows = certificateRows(page);
  await expect(rows).toHaveCount(11);
  await expect(page.getByRole('table').getByText(/^Available/)).toHaveCount(10);

  await rows.filter({ hasText: 'Inactive' }).getByRole('link').click();
  const sheet = drawer(page);
  await expect(detail(sheet, 'Status')).toHaveText('Inactive');
  await sheet.getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(sheet.getByRole('alert')).toHaveText(
    'At most 10 certificates can be available at once, and this account has 10. Deactivate one that is not in use before activating another.',
  );
  await expect(detail(sheet, 'Status')).toHaveText('Inactive');
  await expect(sheet.getByRole('button', { name: 'Activate', exact: true })).toBeEnabled();

  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('table').getByText('Inactive', { exact: true })).toHaveCount(1);
  await expect(page.getByRole('table').getByText('Pending', { exact: true })).toHaveCount(0);
});
