import { type ApiCall, certificateRows, detail, drawer, expect, test } from './fixtures';

const generations = (calls: ApiCall[]) =>
  calls.filter((call) => call.method === 'POST' && /\/gateway\/certificates$/.test(call.path));

test('generates with a preset and with custom days; each new certificate starts Inactive in its drawer', async ({
  openCertificates,
  apiCalls,
  page,
}) => {
  await openCertificates({ scenario: 'empty' });
  // The empty state explains that Cloudflare's root is in use, and offers its own way to generate.
  await expect(page.getByRole('button', { name: 'Generate certificate' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Generate certificate' }).click();

  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await expect(dialog.getByRole('radio', { name: '5 years (recommended)' })).toBeChecked();
  await expect(dialog.getByRole('radio')).toHaveCount(6);
  await expect(dialog.getByText(/Expires on .* \(1,825 days\)\./)).toBeVisible();
  await expect(dialog.getByText('up to 3 more can be generated now')).toBeVisible();
  await dialog.getByRole('radio', { name: '1 year' }).check();
  await expect(dialog.getByText(/Expires on .* \(365 days\)\./)).toBeVisible();
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();

  // The dialog gives way to the new certificate's drawer.
  await expect(dialog).toBeHidden();
  const first = drawer(page);
  await expect(first).toBeVisible();
  await expect(detail(first, 'Status')).toHaveText('Inactive');
  await expect(detail(first, 'Type')).toHaveText('Gateway-managed');
  await expect(detail(first, 'Expires')).toContainText('(in 365 days)');
  expect(generations(apiCalls).map((call) => call.body)).toEqual([{ validity_period_days: 365 }]);
  const firstName = await first.getByRole('heading').first().textContent();
  expect(firstName).toMatch(/^Certificate [0-9a-f]{8}$/);
  await expect(page).toHaveURL(/\/certificates\/[0-9a-f-]{36}$/);

  await first.getByRole('button', { name: 'Close' }).click();
  await expect(first).toBeHidden();
  await expect(certificateRows(page)).toHaveCount(1);

  // Custom days: the field appears, the expiry follows what is typed, and the value is sent as a number.
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  await expect(dialog.getByRole('radio', { name: '5 years (recommended)' })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: 'Days' })).toHaveCount(0);
  await dialog.getByRole('radio', { name: 'Custom' }).check();
  const days = dialog.getByRole('textbox', { name: 'Days' });
  await expect(days).toHaveAccessibleDescription(/A whole number from 1 to 10,950 \(30 years\)/);
  await days.fill('90');
  await expect(dialog.getByText(/Expires on .* \(90 days\)\./)).toBeVisible();
  await expect(dialog.getByText('up to 2 more can be generated now')).toBeVisible();
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();

  const second = drawer(page);
  await expect(second).toBeVisible();
  await expect(second.getByRole('heading').first()).not.toHaveText(firstName ?? '');
  await expect(detail(second, 'Status')).toHaveText('Inactive');
  await expect(detail(second, 'Expires')).toContainText('(in 90 days)');
  expect(generations(apiCalls).map((call) => call.body)).toEqual([
    { validity_period_days: 365 },
    { validity_period_days: 90 },
  ]);

  await page.keyboard.press('Escape');
  await expect(second).toBeHidden();
  await expect(certificateRows(page)).toHaveCount(2);
  await expect(page.getByRole('table').getByText('Inactive', { exact: true })).toHaveCount(2);
});

test('refuses bad custom days beside the field and sends nothing', async ({
  openCertificates,
  apiCalls,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await dialog.getByRole('radio', { name: 'Custom' }).check();
  const days = dialog.getByRole('textbox', { name: 'Days' });
  const submit = dialog.getByRole('button', { name: 'Generate certificate' });
  const error = dialog.getByRole('alert');

  // Empty: the error says what to enter, and focus goes to the field.
  await submit.click();
  await expect(error).toHaveText(
    'Enter the number of days: a whole number of days from 1 to 10,950 (30 years).',
  );
  await expect(days).toBeFocused();
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(days).toHaveAccessibleDescription(/Enter the number of days/);

  const refusals: [string, string | RegExp][] = [
    [
      '0',
      'A certificate must last at least 1 day: enter a whole number of days from 1 to 10,950 (30 years).',
    ],
    ['10951', 'At most 10,950 days (30 years): enter a whole number of days from 1 to 10,950 (30 years).'],
    ['1.5', '"1.5" is not a whole number of days from 1 to 10,950 (30 years).'],
    ['-30', '"-30" is not a whole number of days from 1 to 10,950 (30 years).'],
    ['1e3', '"1e3" is not a whole number of days from 1 to 10,950 (30 years).'],
    ['ten', '"ten" is not a whole number of days from 1 to 10,950 (30 years).'],
    ['3 0', /^"3 0" is not a whole number/],
  ];
  for (const [typed, message] of refusals) {
    await days.fill(typed);
    await submit.click();
    await expect(error).toHaveText(message);
    await expect(dialog.getByText('Enter the number of days to see when it expires.')).toBeVisible();
    await expect(dialog).toBeVisible();
  }
  // Leaving the field shows the problem before any submit, too.
  await days.fill('99999');
  await days.blur();
  await expect(error).toHaveText(/^At most 10,950 days/);

  // The edges of the range are accepted.
  await days.fill('10950');
  await expect(error).toHaveCount(0);
  await expect(dialog.getByText(/Expires on .* \(10,950 days\)\./)).toBeVisible();
  await days.fill('1');
  await expect(dialog.getByText(/Expires on .* \(1 day\)\./)).toBeVisible();
  expect(generations(apiCalls)).toEqual([]);

  // Cancel leaves everything as it was, and focus goes back to the button that opened the dialog.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Generate certificate' })).toBeFocused();
  await expect(certificateRows(page)).toHaveCount(4);
  expect(generations(apiCalls)).toEqual([]);
});
