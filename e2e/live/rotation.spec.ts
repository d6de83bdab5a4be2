import { detail, expect, test } from '../fixtures';
import { LIVE_ACCOUNT_ID } from './live-env';
import { upstream } from './upstream';

// Rotate certificate in live mode: every step goes through the server to the stand-in for Cloudflare.

test('Rotate certificate walks the five steps through the server, and the upstream ends rotated', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const cloudflare = upstream(request);
  await cloudflare.scenario('expired-in-use');
  const oldId = await cloudflare.inUseId();
  await page.goto(`/accounts/${LIVE_ACCOUNT_ID}/certificates`);

  await page
    .getByRole('alert')
    .filter({ hasText: 'The certificate in use' })
    .getByRole('button', { name: 'Rotate certificate' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Rotate certificate' });
  const step = (name: string) =>
    dialog.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });

  await step('Generate').getByRole('button', { name: 'Generate certificate' }).click();
  await expect(detail(dialog, 'Successor')).toHaveText(/\(Inactive\)$/);
  const created = (await cloudflare.certificates()).find((certificate) => certificate.id !== oldId);
  expect(created).toMatchObject({ binding_status: 'inactive', in_use: false });
  const successorId = created?.id ?? '';
  await expect(detail(dialog, 'Successor')).toHaveText(`Certificate ${successorId.split('-')[0]} (Inactive)`);

  await step('Activate').getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(step('Install on devices')).toHaveAttribute('aria-current', 'step', { timeout: 20_000 });
  await step('Install on devices').getByRole('button', { name: 'Devices trust it' }).click();

  await step('Turn on').getByRole('button', { name: 'Confirm and turn on certificate' }).click();
  await page
    .getByRole('alertdialog', { name: 'Turn on this certificate?' })
    .getByRole('button', { name: 'Turn on certificate' })
    .click();
  await expect(step('Retire the old certificate')).toHaveAttribute('aria-current', 'step');
  expect(await cloudflare.inUseId()).toBe(successorId);

  await step('Retire the old certificate').getByRole('button', { name: 'Deactivate' }).click();
  await page
    .getByRole('alertdialog', { name: /^Deactivate Certificate [0-9a-f]{8}\?$/ })
    .getByRole('button', { name: 'Deactivate certificate' })
    .click();
  await expect(dialog.getByRole('status')).toContainText('Rotation complete', { timeout: 20_000 });
  const old = (await cloudflare.certificates()).find((certificate) => certificate.id === oldId);
  expect(old).toMatchObject({ binding_status: 'inactive', in_use: false });
});
