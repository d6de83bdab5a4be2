import type { Locator } from '@playwright/test';
import { certificateRows, detail, drawer, expect, test } from './fixtures';

const LIFECYCLE = ['Activate', 'Confirm and turn on certificate', 'Deactivate', 'Delete'];

/** The lifecycle actions shown are exactly `shown`, all enabled; the others are hidden. */
async function expectOnly(actions: Locator, shown: string[]) {
  for (const name of LIFECYCLE) {
    const button = actions.getByRole('button', { name, exact: true });
    if (shown.includes(name)) await expect(button).toBeEnabled();
    else await expect(button).toHaveCount(0);
  }
}

test('activate, watch Pending become Available, turn it on, then deactivate and delete the one it replaced', async ({
  openCertificates,
  mockBehaviour,
  apiCalls,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await mockBehaviour({ pendingMs: 3000 });
  const rows = certificateRows(page);
  await expect(rows).toHaveCount(4);
  const rowOf = (label: string) => rows.filter({ has: page.getByRole('link', { name: label, exact: true }) });

  const previousLabel =
    (await rows.filter({ hasText: 'Available and In-Use' }).getByRole('link').textContent()) ?? '';
  const candidate = rows.filter({ hasText: 'Inactive' }).filter({ hasNotText: 'Expired' });
  const label = (await candidate.getByRole('link').textContent()) ?? '';
  expect(label).toMatch(/^Certificate [0-9a-f]{8}$/);
  expect(previousLabel).toMatch(/^Certificate [0-9a-f]{8}$/);

  // An inactive certificate offers only what applies to it: Activate and Delete.
  await candidate.getByRole('link').click();
  const sheet = drawer(page, label);
  const actions = sheet.getByRole('region', { name: 'Actions' });
  // The seed's placement: Confirm and turn on certificate stands in Basic information.
  const basic = sheet.getByRole('region', { name: 'Basic information' });
  await expect(detail(sheet, 'Status')).toHaveText('Inactive');
  await expectOnly(sheet, ['Activate', 'Delete']);

  // Activate: Pending while the edge deploys it (the drawer says so and keeps itself fresh), then Available.
  await actions.getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(detail(sheet, 'Status')).toHaveText('Pending');
  await expect(sheet.getByRole('status')).toHaveText(/Deploying across Cloudflare's edge/);
  await expect(actions.getByRole('button', { name: 'Activate', exact: true })).toBeDisabled();
  await expect(actions.getByRole('button', { name: 'Activate', exact: true })).toHaveAccessibleDescription(
    /Deploying across the edge/,
  );
  await expect(basic.getByRole('button', { name: 'Confirm and turn on certificate' })).toBeDisabled();
  await expect(detail(sheet, 'Status')).toHaveText('Available');
  await expect(sheet.getByRole('status')).toHaveCount(0);
  await expect(detail(sheet, 'In use')).toHaveText('No');
  const activation = apiCalls.find((call) => call.method === 'POST' && call.path.endsWith('/activate'));
  expect(activation?.body).toEqual({});

  // Turn on: a deliberate confirmation that names what it replaces.
  await expect(actions.getByRole('button', { name: 'Confirm and turn on certificate' })).toHaveCount(0);
  await basic.getByRole('button', { name: 'Confirm and turn on certificate' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Turn on this certificate?' });
  await expect(confirm).toContainText('Every device must already trust this certificate.');
  await expect(confirm).toContainText(`${previousLabel}, in use now, becomes Available only`);
  await confirm.getByRole('button', { name: 'Turn on certificate' }).click();
  await expect(confirm).toBeHidden();
  await expect(detail(sheet, 'Status')).toHaveText('Available and In-Use');
  await expect(detail(sheet, 'In use')).toHaveText(/^Yes/);
  const turnOn = apiCalls.find(
    (call) => call.path.endsWith('/gateway/configuration') && call.method !== 'GET',
  );
  expect(turnOn?.body).toMatchObject({ settings: { certificate: { in_use: true } } });
  // The certificate in use can be neither deactivated nor deleted, and the drawer says why.
  await expect(actions.getByRole('button', { name: 'Deactivate' })).toBeDisabled();
  await expect(actions.getByRole('button', { name: 'Deactivate' })).toHaveAccessibleDescription(
    'In use for inspection: turn on another certificate first.',
  );
  await expect(actions.getByRole('button', { name: 'Delete' })).toBeDisabled();

  // The list agrees: the new one is in use and the previous one is Available only.
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(rowOf(label).getByRole('cell').nth(1)).toHaveText('Available and In-Use');
  await expect(rowOf(previousLabel).getByRole('cell').nth(1)).toHaveText('Available');
  await expect(page.getByRole('table').getByText('Available and In-Use', { exact: true })).toHaveCount(1);

  // Deactivate the previous one: Pending while it leaves the edge, then Inactive.
  await rowOf(previousLabel).getByRole('link').click();
  const previous = drawer(page, previousLabel);
  const previousActions = previous.getByRole('region', { name: 'Actions' });
  await expect(detail(previous, 'Status')).toHaveText('Available');
  await expect(previousActions.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(
    'Deactivate it first: only an Inactive certificate can be deleted.',
  );
  // Deactivating is confirmed, as turning on and deleting are: devices fed by the Client lose it.
  await previousActions.getByRole('button', { name: 'Deactivate' }).click();
  const confirmDeactivate = page.getByRole('alertdialog', { name: `Deactivate ${previousLabel}?` });
  await expect(confirmDeactivate).toContainText(
    'It disappears from devices that get it from the Cloudflare One Client.',
  );
  await confirmDeactivate.getByRole('button', { name: 'Deactivate certificate' }).click();
  await expect(confirmDeactivate).toBeHidden();
  await expect(detail(previous, 'Status')).toHaveText('Pending');
  await expect(previous.getByRole('status')).toHaveText(/Being removed from Cloudflare's edge/);
  await expect(detail(previous, 'Status')).toHaveText('Inactive');
  await expectOnly(previous, ['Activate', 'Delete']);

  // Delete: a confirmation, then the drawer closes and the row is gone.
  await previousActions.getByRole('button', { name: 'Delete' }).click();
  const confirmDelete = page.getByRole('alertdialog', { name: `Delete ${previousLabel}?` });
  await expect(confirmDelete).toContainText('It cannot be undone.');
  await confirmDelete.getByRole('button', { name: 'Delete certificate' }).click();
  await expect(confirmDelete).toBeHidden();
  await expect(previous).toBeHidden();
  await expect(page).toHaveURL(/\/certificates$/);
  await expect(rows).toHaveCount(3);
  // Its row is gone, so focus goes to the page's main content rather than being lost.
  await expect(page.getByRole('main')).toBeFocused();
  await expect(rowOf(previousLabel)).toHaveCount(0);

  // All of it was kept by the mock: a reload shows the same.
  await page.reload();
  await expect(rows).toHaveCount(3);
  await expect(rowOf(label).getByRole('cell').nth(1)).toHaveText('Available and In-Use');
});
