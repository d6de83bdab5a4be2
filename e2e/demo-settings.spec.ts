import type { Page } from '@playwright/test';
import { certificateRows, detail, drawer, expect, PINNED_NOW, test } from './fixtures';

const DIALOG = '[role="dialog"]';

const openSettings = async (page: Page) => {
  await page.getByRole('button', { name: 'Demo settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Demo settings' });
  await expect(dialog).toBeVisible();
  return dialog;
};

/** Generates a certificate for `days` from the Generate dialog already open, and returns its drawer. */
async function generate(page: Page, days: string) {
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await dialog.getByRole('radio', { name: 'Custom' }).check();
  await dialog.getByRole('textbox', { name: 'Days' }).fill(days);
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();
  const sheet = drawer(page);
  await expect(detail(sheet, 'Status')).toHaveText('Inactive');
  return sheet;
}

/** Activates the certificate of an open drawer, waits until it is Available, and turns it on. */
async function deployAndTurnOn(page: Page) {
  const sheet = drawer(page);
  const actions = sheet.getByRole('region', { name: 'Actions' });
  await actions.getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(detail(sheet, 'Status')).toHaveText('Available');
  await sheet.getByRole('button', { name: 'Confirm and turn on certificate' }).click();
  await page
    .getByRole('alertdialog', { name: 'Turn on this certificate?' })
    .getByRole('button', { name: 'Turn on certificate' })
    .click();
  await expect(detail(sheet, 'Status')).toHaveText('Available and In-Use');
  const label = (await sheet.getByRole('heading').first().textContent()) ?? '';
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  return label;
}

test("a root's whole life with clicks alone: generate, deploy, near expiry, the banner, rotation", async ({
  openCertificates,
  axe,
  page,
}) => {
  test.setTimeout(120_000);
  await openCertificates({ scenario: 'empty', now: PINNED_NOW });

  // Quick deployments for the stage, and axe on the dialog.
  let settings = await openSettings(page);
  expect(await axe({ include: DIALOG }), 'the Demo settings dialog').toEqual([]);
  const pending = settings.getByRole('textbox', { name: 'Pending duration (seconds)' });
  await expect(pending).toHaveValue('4');
  await pending.fill('0.5');
  await settings.getByRole('button', { name: 'Apply speed' }).click();
  await expect(settings.getByText('Applied: Pending lasts 0.5 s, each answer takes 0 ms.')).toBeVisible();
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect(settings).toBeHidden();

  // A root for 45 days, deployed and turned on: no banner yet.
  await page.getByRole('button', { name: 'Generate certificate' }).first().click();
  await generate(page, '45');
  const first = await deployAndTurnOn(page);
  const banner = page.locator('.expiry-banner');
  await expect(banner).toHaveCount(0);
  const firstRow = certificateRows(page).filter({ hasText: first });
  await expect(firstRow).not.toContainText('Expires soon');

  // A month later: the tag and the banner, in the list and on the top bar's clock.
  settings = await openSettings(page);
  await settings.getByRole('button', { name: 'Advance 30 days' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Demo clock:' })).toContainText('Jul 15, 2026');
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect(firstRow).toContainText('Expires soon');
  await expect(banner).toHaveAttribute('role', 'status');
  await expect(banner).toContainText(
    `The certificate in use, ${first}, expires on Jul 30, 2026 (in 15 days).`,
  );
  await expect(page.getByRole('banner')).toContainText('Demo clock: Jul 15, 2026');

  // A reload is on the same day: the clock is kept with the account's data and this tab's session.
  await page.reload();
  await expect(banner).toContainText('(in 15 days)');

  // Rotation: the banner's way out, to a five-year root.
  await banner.getByRole('button', { name: 'Generate a replacement certificate' }).click();
  await generate(page, '1825');
  const second = await deployAndTurnOn(page);
  expect(second).not.toBe(first);
  await expect(banner).toHaveCount(0);

  // A year on, the old root has expired, unused; back to real time, the clock leaves the top bar.
  settings = await openSettings(page);
  await settings.getByRole('button', { name: 'Advance 1 year' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Demo clock:' })).toContainText('Jul 15, 2027');
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect(firstRow).toContainText('Expired');
  await expect(banner).toHaveCount(0);
  settings = await openSettings(page);
  await settings.getByRole('button', { name: 'Back to real time' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Demo clock:' })).toContainText('(real time)');
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('banner')).not.toContainText('Demo clock:');
});

test('Fail the next change: the next change gets an HTTP 500, nothing changes, and trying again works', async ({
  openCertificates,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await expect(certificateRows(page)).toHaveCount(4);
  const settings = await openSettings(page);
  await settings.getByRole('button', { name: 'Fail the next change' }).click();
  await expect(
    settings.getByText('The next change (generate, activate, turn on, delete…) will get an HTTP 500.'),
  ).toBeVisible();
  await settings.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Internal server error at the Cloudflare API. Try again.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(certificateRows(page)).toHaveCount(4);

  await page.getByRole('button', { name: 'Generate certificate' }).click();
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();
  await expect(detail(drawer(page), 'Status')).toHaveText('Inactive');
  await page.keyboard.press('Escape');
  await expect(certificateRows(page)).toHaveCount(5);
});

test('a scenario replaces the data only after a confirmation', async ({ openCertificates, axe, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openCertificates({ scenario: 'default', now: PINNED_NOW });
  await expect(certificateRows(page)).toHaveCount(4);
  const settings = await openSettings(page);
  expect(await axe({ include: DIALOG }), 'the Demo settings dialog, dark').toEqual([]);
  const scenarios = settings.getByRole('region', { name: 'Scenarios' }).getByRole('button');
  await expect(scenarios).toHaveText([
    'default',
    'empty',
    'expired-in-use',
    'available-limit',
    'generation-limit',
    'many',
    'slow',
    'flaky',
  ]);
  await expect(settings.getByRole('button', { name: 'many' })).toHaveAccessibleDescription(
    '2,000 certificates: filtering, sorting and paging at scale.',
  );

  // Cancel keeps everything.
  await settings.getByRole('button', { name: 'empty' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Replace the demo data with "empty"?' });
  await expect(confirm).toBeVisible();
  expect(await axe({ include: '[role="alertdialog"]' }), 'the scenario confirmation').toEqual([]);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(settings).toBeVisible();
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect(certificateRows(page)).toHaveCount(4);
  await openSettings(page);

  // Confirmed: the data is the scenario's, and the dialog gives way to it.
  await settings.getByRole('button', { name: 'expired-in-use' }).click();
  await page
    .getByRole('alertdialog', { name: 'Replace the demo data with "expired-in-use"?' })
    .getByRole('button', { name: 'Replace data' })
    .click();
  await expect(settings).toBeHidden();
  await expect(certificateRows(page)).toHaveCount(1);
  await expect(page.getByRole('alert').filter({ hasText: 'The certificate in use' })).toContainText(
    'expired on Feb',
  );
});

test('the URL pins the date and the speed for a scripted run, and drops them from the address', async ({
  openCertificates,
  page,
}) => {
  await openCertificates({ scenario: 'expired-in-use', now: '2025-01-20T00:00:00Z', latency: 1200 });
  await expect(page).toHaveURL(/\/certificates$/);
  // Before the day it runs out: the in-use root expires soon, it has not expired.
  const banner = page.locator('.expiry-banner');
  await expect(banner).toHaveAttribute('role', 'status');
  await expect(banner).toContainText('(in 13 days)');
  await expect(certificateRows(page)).toContainText('Expires soon');
  await expect(page.getByRole('banner')).toContainText('Demo clock: Jan 20, 2025');

  const settings = await openSettings(page);
  await expect(settings.getByRole('textbox', { name: 'Response latency (ms)' })).toHaveValue('1200');
});

test('bad URL values get a message on screen, are ignored, and can be dismissed', async ({
  page,
  accountId,
}) => {
  await page.goto(`/accounts/${accountId}/certificates?now=tomorrow&latency=fast&scenario=nope`);
  const notice = page.getByRole('status').filter({ hasText: 'so the clock was left as it was' });
  await expect(notice).toContainText('?now=tomorrow is not a date and time in ISO-8601');
  await expect(notice).toContainText('?latency=fast is not a whole number of milliseconds');
  await expect(notice).toContainText('There is no scenario "nope"');
  await expect(certificateRows(page)).toHaveCount(4);
  await expect(page.getByRole('banner')).not.toContainText('Demo clock:');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('the speed fields refuse bad values beside the field and send nothing', async ({
  openCertificates,
  apiCalls,
  page,
}) => {
  await openCertificates();
  const settings = await openSettings(page);
  const latency = settings.getByRole('textbox', { name: 'Response latency (ms)' });
  await expect(latency).toHaveValue('0');
  await latency.fill('slow');
  const before = apiCalls.length;
  await settings.getByRole('button', { name: 'Apply speed' }).click();
  await expect(latency).toHaveAttribute('aria-invalid', 'true');
  await expect(latency).toBeFocused();
  await expect(latency).toHaveAccessibleDescription(
    /"slow" is not a whole number of milliseconds from 0 to 60,000\./,
  );
  expect(apiCalls.slice(before).filter((call) => call.method === 'PATCH')).toEqual([]);
});

test('a clock moved in one tab moves the other tab of the same account too', async ({
  openCertificates,
  accountId,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  const other = await page.context().newPage();
  await other.goto(`/accounts/${accountId}/certificates`);
  await expect(other.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
  await expect(other.getByRole('banner')).not.toContainText('Demo clock:');

  const settings = await openSettings(page);
  await settings.getByRole('button', { name: 'Advance 1 year' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Demo clock:' })).toContainText(
    '(365 days ahead of real time)',
  );
  // The top bar shows the demo clock only while it is not real time.
  await expect(other.getByRole('banner')).toContainText('Demo clock:');
});
