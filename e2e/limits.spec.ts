import { type ApiCall, certificateRows, detail, drawer, expect, fetchFromPage, test } from './fixtures';

const generations = (calls: ApiCall[]) =>
  calls.filter((call) => call.method === 'POST' && call.path.endsWith('/gateway/certificates'));

/** A raw RFC 3339 timestamp, which no person should have to read. */
const RAW_ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d/;

test('the 4th generation in 24 hours is refused before any request, and a delete does not give one back', async ({
  openCertificates,
  apiCalls,
  page,
}) => {
  // Three generated in the last day, all on the list: the dialog knows and does not offer to send.
  await openCertificates({ scenario: 'generation-limit' });
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await expect(dialog).toContainText(
    /This account has generated 3 certificates in the last 24 hours, the most allowed\. The next one can be generated after [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M \S+\./,
  );
  await expect(dialog.getByRole('button', { name: 'Generate certificate' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Three generated, one of them deleted: rule 2 counts generations, so none is left, and nothing is sent.
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
  await expect(dialog).toContainText(
    /This account has generated 3 certificates in the last 24 hours, the most allowed\. The next one can be generated after .+\./,
  );
  await expect(dialog.getByText(/more can be generated now/)).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Generate certificate' })).toBeDisabled();
  expect(generations(apiCalls)).toHaveLength(3);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(certificateRows(page)).toHaveCount(2);
});

test("generations the screen never saw: the server's 429 is said once, in the screen's date style, until its time passes", async ({
  openCertificates,
  accountId,
  apiCalls,
  page,
}) => {
  await openCertificates({ scenario: 'empty' });
  // Elsewhere (another console, a script): three generated and deleted before this screen saw them.
  const base = `/accounts/${accountId}/gateway/certificates`;
  for (let i = 0; i < 3; i++) {
    const made = await fetchFromPage<{ result: { id: string } }>(page, 'POST', base, {
      validity_period_days: 30,
    });
    await fetchFromPage(page, 'DELETE', `${base}/${made.result.id}`);
  }

  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await expect(dialog.getByText('up to 3 more can be generated now')).toBeVisible();
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();

  // One message, the server's time written as the screen writes dates, and no second error beside it.
  const alert = dialog.getByRole('alert');
  await expect(alert).toHaveCount(1);
  await expect(alert).toHaveText(
    /^This account has generated 3 certificates in the last 24 hours, the most allowed\. The next one can be generated after [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M \S+\.$/,
  );
  await expect(dialog).not.toContainText(RAW_ISO);
  await expect(dialog.getByText(/more can be generated now/)).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Generate certificate' })).toBeDisabled();
  const nextAt = await alert.textContent();

  // Closed and opened again, the server's word still holds: nothing more is sent.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  await expect(dialog).toContainText(nextAt?.replace(/^.*after /, '') ?? 'unreachable');
  await expect(dialog.getByRole('button', { name: 'Generate certificate' })).toBeDisabled();
  expect(generations(apiCalls)).toHaveLength(4);
});

test('with 10 certificates available, Activate is disabled on the others and names the limit of 10, with no request', async ({
  openCertificates,
  apiCalls,
  page,
}) => {
  await openCertificates({ scenario: 'available-limit' });
  const rows = certificateRows(page);
  await expect(rows).toHaveCount(11);
  await expect(page.getByRole('table').getByText(/^Available/)).toHaveCount(10);

  await rows.filter({ hasText: 'Inactive' }).getByRole('link').click();
  const sheet = drawer(page);
  await expect(detail(sheet, 'Status')).toHaveText('Inactive');
  const activate = sheet.getByRole('button', { name: 'Activate', exact: true });
  await expect(activate).toBeDisabled();
  await expect(activate).toHaveAccessibleDescription(
    'At most 10 certificates can be available at once (Pending ones count), and this account has 10. Deactivate one that is not in use first.',
  );
  // Deleting is still offered: it does not count against the limit.
  await expect(sheet.getByRole('button', { name: 'Delete', exact: true })).toBeEnabled();
  expect(apiCalls.filter((call) => call.path.endsWith('/activate'))).toHaveLength(0);
});
