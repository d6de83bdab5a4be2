import { certificateRows, detail, drawer, expect, expectFocusWithin, test } from './fixtures';

test('a row opens its drawer at its own address; Esc, Back and Close shut it and focus returns to the row', async ({
  openCertificates,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  const link = certificateRows(page).first().getByRole('link');
  const label = (await link.textContent()) ?? '';
  const listUrl = page.url();

  // Enter on the row's link opens the drawer at the certificate's address.
  await link.focus();
  await page.keyboard.press('Enter');
  const sheet = drawer(page, label);
  await expect(sheet).toBeVisible();
  await expect(page).toHaveURL(/\/certificates\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop() ?? '';
  await expect(detail(sheet, 'Certificate ID')).toContainText(id);
  await expect(sheet.getByRole('heading', { name: 'Basic information' })).toBeVisible();
  await expectFocusWithin(sheet);

  // Esc closes it, the address is the list's again, and focus is back on the link.
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page).toHaveURL(listUrl);
  await expect(link).toBeFocused();

  // Back closes it too.
  await page.keyboard.press('Enter');
  await expect(sheet).toBeVisible();
  await page.goBack();
  await expect(sheet).toBeHidden();
  await expect(page).toHaveURL(listUrl);
  await expect(link).toBeFocused();

  // So does the Close button; and a click on the row (not only its link) opens it.
  await certificateRows(page).first().getByRole('cell').first().click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
  await expect(page).toHaveURL(listUrl);

  // The list's filter stays in the address while a drawer opens and closes.
  await page.getByLabel('Status').selectOption({ label: 'Inactive (2)' });
  await expect(page).toHaveURL(/\?status=Inactive$/);
  const inactive = certificateRows(page).first().getByRole('link');
  await inactive.click();
  await expect(page).toHaveURL(/\/certificates\/[0-9a-f-]{36}\?status=Inactive$/);
  await expect(detail(drawer(page), 'Status')).toHaveText('Inactive');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/certificates\?status=Inactive$/);
  await expect(inactive).toBeFocused();
});

test('the drawer address opens it directly, and an unknown certificate says so', async ({
  openCertificates,
  accountId,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  const link = certificateRows(page).filter({ hasText: 'Available and In-Use' }).getByRole('link');
  const label = (await link.textContent()) ?? '';
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^/accounts/${accountId}/certificates/[0-9a-f-]{36}$`));

  // A fresh page load at the address shows the list with the drawer open over it.
  await page.goto(href);
  const sheet = drawer(page, label);
  await expect(sheet).toBeVisible();
  await expect(detail(sheet, 'Status')).toHaveText('Available and In-Use');
  await expect(detail(sheet, 'In use')).toHaveText(/^Yes/);
  await expect(detail(sheet, 'Certificate ID')).toContainText(href.split('/').pop() ?? '');

  // Opened by its address, Esc leaves for the list in place, so Back does not reopen it.
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/certificates$`));
  await expect(certificateRows(page)).toHaveCount(4);
  await expectFocusWithin(page.getByRole('main'));
  await page.goBack();
  await expect(sheet).toBeHidden();

  // An id that is not in the account.
  await page.goto(`/accounts/${accountId}/certificates/00000000-0000-4000-8000-000000000000`);
  const missing = page.getByRole('dialog');
  await expect(missing.getByRole('alert')).toHaveText(
    /This certificate does not exist \(it may have been deleted\)\./,
  );
  await missing.getByRole('button', { name: 'Back to the list' }).click();
  await expect(missing).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/certificates$`));
});
