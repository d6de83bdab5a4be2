import { certificateRows, detail, drawer, expect, PINNED_NOW, test } from './fixtures';

// Each axe pass takes seconds on a busy machine, and these tests make several.
const AXE_TEST_TIMEOUT_MS = 150_000;
// The page is scanned whole with a drawer open once; other dialogs are scanned on their own, which is quicker.
const DIALOG = '[role="dialog"]';
const ALERT = '[role="alertdialog"]';

test('axe finds no serious or critical violations on the page, the drawer and every dialog', async ({
  openCertificates,
  mockBehaviour,
  axe,
  page,
}) => {
  test.setTimeout(AXE_TEST_TIMEOUT_MS);
  await openCertificates({ scenario: 'default' });
  await mockBehaviour({ pendingMs: 3000 });
  await expect(certificateRows(page)).toHaveCount(4);
  expect(await axe(), 'the list').toEqual([]);

  // The Generate dialog, with a preset and with the Days field showing its error.
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const generate = page.getByRole('dialog', { name: 'Generate certificate' });
  await expect(generate).toBeVisible();
  expect(await axe({ include: DIALOG }), 'the Generate dialog').toEqual([]);
  await generate.getByRole('radio', { name: 'Custom' }).check();
  await generate.getByRole('textbox', { name: 'Days' }).fill('0');
  await generate.getByRole('button', { name: 'Generate certificate' }).click();
  await expect(generate.getByRole('alert')).toBeVisible();
  expect(await axe({ include: DIALOG }), 'the Generate dialog with a refused Days value').toEqual([]);
  await generate.getByRole('button', { name: 'Cancel' }).click();

  // The drawer of an inactive certificate, and its Delete confirmation.
  await certificateRows(page)
    .filter({ hasText: 'Inactive' })
    .filter({ hasNotText: 'Expired' })
    .getByRole('link')
    .click();
  const sheet = drawer(page);
  await expect(detail(sheet, 'Status')).toHaveText('Inactive');
  expect(await axe(), 'the drawer (Inactive), over the page').toEqual([]);
  await sheet.getByRole('button', { name: 'Delete' }).click();
  const confirmDelete = page.getByRole('alertdialog', { name: /^Delete Certificate [0-9a-f]{8}\?$/ });
  await expect(confirmDelete).toBeVisible();
  expect(await axe({ include: ALERT }), 'the Delete confirmation').toEqual([]);
  await confirmDelete.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirmDelete).toBeHidden();

  // Pending, with its note and disabled actions, then the Turn on confirmation.
  await sheet.getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(detail(sheet, 'Status')).toHaveText('Pending');
  expect(await axe({ include: DIALOG }), 'the drawer (Pending)').toEqual([]);
  await expect(detail(sheet, 'Status')).toHaveText('Available');
  await sheet.getByRole('button', { name: 'Confirm and turn on certificate' }).click();
  const confirmTurnOn = page.getByRole('alertdialog', { name: 'Turn on this certificate?' });
  await expect(confirmTurnOn).toBeVisible();
  expect(await axe({ include: ALERT }), 'the Turn on confirmation').toEqual([]);
  await confirmTurnOn.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirmTurnOn).toBeHidden();
});

test('in dark mode, and in the empty and error states, axe finds no serious or critical violations', async ({
  openCertificates,
  axe,
  page,
}) => {
  test.setTimeout(AXE_TEST_TIMEOUT_MS);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openCertificates({ scenario: 'expired-in-use', now: PINNED_NOW });
  await expect(certificateRows(page)).toHaveCount(1);
  expect(await axe(), 'the list, dark, with an expired certificate in use').toEqual([]);
  await certificateRows(page).getByRole('link').click();
  await expect(detail(drawer(page), 'Status')).toHaveText('Available and In-Use');
  expect(await axe({ include: DIALOG }), 'the drawer, dark').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  await expect(page.getByRole('dialog', { name: 'Generate certificate' })).toBeVisible();
  expect(await axe({ include: DIALOG }), 'the Generate dialog, dark').toEqual([]);

  await openCertificates({ scenario: 'empty' });
  await expect(page.getByRole('heading', { name: 'No certificates yet' })).toBeVisible();
  expect(await axe(), 'the empty state, dark').toEqual([]);

  await page.goto('/accounts/not-an-account/certificates');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  expect(await axe(), 'the error state, dark').toEqual([]);
});
