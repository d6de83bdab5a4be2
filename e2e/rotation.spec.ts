import type { Locator, Page } from '@playwright/test';
import { certificateRows, detail, drawer, expect, test } from './fixtures';

const rotationDialog = (page: Page) => page.getByRole('dialog', { name: 'Rotate certificate' });

/** One of the five steps, found by its heading. */
const step = (dialog: Locator, name: string) =>
  dialog.getByRole('listitem').filter({ has: dialog.page().getByRole('heading', { name, exact: true }) });

/** Every step's state, in order: "Generate: Done", … */
async function stepStates(dialog: Locator) {
  const names = ['Generate', 'Activate', 'Install on devices', 'Turn on', 'Retire the old certificate'];
  const states: string[] = [];
  for (const name of names) {
    const text = (await step(dialog, name).locator('.rotation-step__state').textContent()) ?? '';
    states.push(`${name}: ${text}`);
  }
  return states;
}

test('rotates an expired root end to end from the banner, and a reload continues with the same successor', async ({
  openCertificates,
  mockBehaviour,
  apiCalls,
  axe,
  page,
}) => {
  test.setTimeout(120_000);
  await openCertificates({ scenario: 'expired-in-use' });
  await mockBehaviour({ pendingMs: 1500 });
  const oldLabel = (await certificateRows(page).getByRole('link').textContent()) ?? '';
  expect(oldLabel).toMatch(/^Certificate [0-9a-f]{8}$/);

  const banner = page.getByRole('alert').filter({ hasText: 'The certificate in use' });
  await banner.getByRole('button', { name: 'Rotate certificate' }).click();
  const dialog = rotationDialog(page);
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/[?&]rotate=1/);
  expect(await stepStates(dialog)).toEqual([
    'Generate: Current',
    'Activate: To do',
    'Install on devices: To do',
    'Turn on: To do',
    'Retire the old certificate: To do',
  ]);
  await expect(detail(dialog, 'Replacing')).toHaveText(`${oldLabel} (Available and In-Use)`);
  await expect(detail(dialog, 'Successor')).toHaveText('Not generated yet');
  expect(await axe({ include: '[role="dialog"]' }), 'Rotate certificate, first step').toEqual([]);

  // 1. Generate.
  await step(dialog, 'Generate').getByRole('button', { name: 'Generate certificate' }).click();
  await expect(step(dialog, 'Activate')).toHaveAttribute('aria-current', 'step');
  await expect(detail(dialog, 'Successor')).toHaveText(/^Certificate [0-9a-f]{8} \(Inactive\)$/);
  const successor = ((await detail(dialog, 'Successor').textContent()) ?? '').replace(' (Inactive)', '');
  expect(
    apiCalls.filter((call) => call.method === 'POST' && call.path.endsWith('/certificates')),
  ).toHaveLength(1);
  // Focus moved with the step, so the keyboard carries on from there.
  await expect(step(dialog, 'Activate').getByRole('heading', { name: 'Activate' })).toBeFocused();

  // Closing and reloading lose nothing: the dialog comes back at the same step with the same successor.
  await page.reload();
  await expect(dialog).toBeVisible();
  await expect(detail(dialog, 'Successor')).toHaveText(`${successor} (Inactive)`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/rotate=/);
  await banner.getByRole('button', { name: 'Rotate certificate' }).click();
  await expect(detail(dialog, 'Successor')).toHaveText(`${successor} (Inactive)`);
  expect((await stepStates(dialog)).slice(0, 2)).toEqual(['Generate: Done', 'Activate: Current']);

  // 2. Activate: it waits for the edge, then moves on by itself.
  await step(dialog, 'Activate').getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(step(dialog, 'Activate').getByRole('status')).toContainText(`Deploying ${successor}`);
  await expect(step(dialog, 'Install on devices')).toHaveAttribute('aria-current', 'step');
  await expect(detail(dialog, 'Successor')).toHaveText(`${successor} (Available)`);

  // 3. Install on devices: the files, the per-platform steps, and the administrator's word.
  const install = step(dialog, 'Install on devices');
  const [profile] = await Promise.all([
    page.waitForEvent('download'),
    install.getByRole('button', { name: 'Download .mobileconfig' }).click(),
  ]);
  expect(profile.suggestedFilename()).toBe(
    `gateway-ca-${successor.replace('Certificate ', '')}.mobileconfig`,
  );
  await install.getByRole('button', { name: 'Steps for each platform' }).click();
  await expect(install.getByRole('region', { name: 'Windows' })).toBeVisible();
  expect(await axe({ include: '[role="dialog"]' }), 'Rotate certificate, install step').toEqual([]);
  await install.getByRole('button', { name: 'Devices trust it' }).click();
  await expect(step(dialog, 'Turn on')).toHaveAttribute('aria-current', 'step');

  // 4. Turn on: the drawer's own confirmation.
  await step(dialog, 'Turn on').getByRole('button', { name: 'Confirm and turn on certificate' }).click();
  const confirmTurnOn = page.getByRole('alertdialog', { name: 'Turn on this certificate?' });
  await expect(confirmTurnOn).toContainText(`${oldLabel}, in use now, becomes Available only`);
  await confirmTurnOn.getByRole('button', { name: 'Turn on certificate' }).click();
  await expect(confirmTurnOn).toBeHidden();
  await expect(step(dialog, 'Retire the old certificate')).toHaveAttribute('aria-current', 'step');
  await expect(detail(dialog, 'Successor')).toHaveText(`${successor} (Available and In-Use)`);
  // The confirmation's button is gone with its step: focus lands on the step that is now current.
  await expect(step(dialog, 'Retire the old certificate').getByRole('heading')).toBeFocused();
  const turnOn = apiCalls.find(
    (call) => call.path.endsWith('/gateway/configuration') && call.method !== 'GET',
  );
  expect(turnOn?.body).toMatchObject({ settings: { certificate: { in_use: true } } });

  // A reload now still knows which certificate is the old one.
  await page.reload();
  await expect(detail(dialog, 'Replacing')).toHaveText(`${oldLabel} (Available)`);
  await expect(step(dialog, 'Retire the old certificate')).toHaveAttribute('aria-current', 'step');

  // 5. Retire: a deactivation, confirmed.
  await step(dialog, 'Retire the old certificate').getByRole('button', { name: 'Deactivate' }).click();
  const confirmRetire = page.getByRole('alertdialog', { name: `Deactivate ${oldLabel}?` });
  await expect(confirmRetire).toContainText('Cloudflare One Client');
  expect(await axe({ include: '[role="alertdialog"]' }), 'the retire confirmation').toEqual([]);
  await confirmRetire.getByRole('button', { name: 'Deactivate certificate' }).click();
  await expect(confirmRetire).toBeHidden();
  await expect(dialog.getByRole('status')).toContainText('Rotation complete');
  expect(await stepStates(dialog)).toEqual([
    'Generate: Done',
    'Activate: Done',
    'Install on devices: Done',
    'Turn on: Done',
    'Retire the old certificate: Done',
  ]);
  await expect(detail(dialog, 'Replacing')).toHaveText(`${oldLabel} (Inactive)`);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(banner).toHaveCount(0);
  const rows = certificateRows(page);
  await expect(rows.filter({ hasText: successor }).getByRole('cell').nth(1)).toHaveText(
    'Available and In-Use',
  );
  await expect(rows.filter({ hasText: oldLabel }).getByRole('cell').nth(1)).toHaveText('Inactive');
});

test('the drawer of the certificate in use offers Rotate certificate; it picks up the newest candidate and keeps it', async ({
  openCertificates,
  axe,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openCertificates({ scenario: 'default' });
  const rows = certificateRows(page);
  await expect(rows).toHaveCount(4);
  const inactive = rows.filter({ hasText: 'Inactive' }).filter({ hasNotText: 'Expired' });
  const newest = (await inactive.getByRole('link').textContent()) ?? '';

  // Only the certificate in use offers it.
  await rows.filter({ hasText: 'Available and In-Use' }).getByRole('link').click();
  const sheet = drawer(page);
  await expect(detail(sheet, 'Status')).toHaveText('Available and In-Use');
  await sheet.getByRole('button', { name: 'Rotate certificate' }).click();
  const dialog = rotationDialog(page);
  await expect(detail(dialog, 'Successor')).toHaveText(`${newest} (Inactive)`);
  expect((await stepStates(dialog)).slice(0, 3)).toEqual([
    'Generate: Done',
    'Activate: Current',
    'Install on devices: To do',
  ]);
  expect(await axe({ include: '[role="dialog"]' }), 'Rotate certificate, dark').toEqual([]);

  // Esc closes the rotation only; the drawer stays, with focus back on the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Rotate certificate' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await rows
    .filter({ has: page.getByRole('link', { name: newest, exact: true }) })
    .getByRole('link')
    .click();
  await expect(detail(drawer(page, newest), 'Status')).toHaveText('Inactive');
  await expect(drawer(page, newest).getByRole('button', { name: 'Rotate certificate' })).toHaveCount(0);
});

test('on a phone (390 px) the rotation dialog and its install steps fit the screen', async ({
  openCertificates,
  mockBehaviour,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openCertificates({ scenario: 'default' });
  await mockBehaviour({ pendingMs: 500 });
  await certificateRows(page).filter({ hasText: 'Available and In-Use' }).getByRole('link').click();
  await drawer(page).getByRole('button', { name: 'Rotate certificate' }).click();
  const dialog = rotationDialog(page);
  await step(dialog, 'Activate').getByRole('button', { name: 'Activate', exact: true }).click();
  const install = step(dialog, 'Install on devices');
  await install.getByRole('button', { name: 'Steps for each platform' }).click();
  await expect(install.getByRole('region', { name: 'Command-line tools' })).toBeVisible();
  const box = await dialog.boundingBox();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(390);
  // Nothing inside is wider than the dialog: long commands wrap.
  const overflow = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
