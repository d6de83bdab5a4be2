import type { Page } from '@playwright/test';
import { defaultScenarioRoles } from '../test-kit/scenario-certificates';
import { certificateRows, deactivateInDrawer, detail, drawer, expect, test } from './fixtures';
import { listed, snapshot } from './reliability-support';

/**
 * Two tabs on one account (one browser, so one mock over one browser storage). A change
 * made in one shows in the other when it is focused, or at the next refresh while it polls; a change the
 * server refuses because the other tab changed the state explains why and shows the state as it is now.
 */

/** What a person does by coming back to a tab: it becomes visible again. */
async function focus(page: Page) {
  await page.bringToFront();
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
}

/** A second tab of the same browser, on `path` (the list, or a certificate's drawer). */
async function secondTab(page: Page, path: string) {
  const other = await page.context().newPage();
  await other.goto(path);
  await expect(
    path.endsWith('/certificates')
      ? other.getByRole('heading', { level: 1, name: 'Certificates' })
      : detail(drawer(other), 'Status'),
  ).toBeVisible({ timeout: 20_000 });
  return other;
}

/** The default scenario's certificates by role, as ids. */
async function roles(page: Page, accountId: string) {
  const { inactive, expired, available } = defaultScenarioRoles(await listed(page, accountId), Date.now());
  return { inactive: inactive.id, expired: expired.id, available: available.id };
}

const drawerPath = (accountId: string, id: string) => `/accounts/${accountId}/certificates/${id}`;

test('a certificate generated in one tab shows in the other when it is focused, and neither tab loses the other’s change', async ({
  openCertificates,
  accountId,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  const other = await secondTab(page, `/accounts/${accountId}/certificates`);
  await expect(certificateRows(other)).toHaveCount(4);
  const otherListReads: string[] = [];
  other.on('request', (request) => {
    if (request.method() === 'GET' && new URL(request.url()).pathname.endsWith('/gateway/certificates')) {
      otherListReads.push(request.url());
    }
  });

  // Tab one generates.
  await page.bringToFront();
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();
  await expect(detail(drawer(page), 'Status')).toHaveText('Inactive');
  const generated = page.url().split('/').pop() ?? '';

  // Tab two, unfocused and with nothing pending, asked nothing meanwhile, so it still shows four;
  // coming back to it refreshes and shows five.
  expect(otherListReads, 'tab two did not refresh on its own').toEqual([]);
  await expect(certificateRows(other)).toHaveCount(4);
  await focus(other);
  await expect(certificateRows(other)).toHaveCount(5);

  // Tab two then changes something: tab one's certificate survives it, and tab one sees tab two's change.
  const { expired } = await roles(other, accountId);
  await other.goto(drawerPath(accountId, expired));
  await drawer(other).getByRole('button', { name: 'Delete', exact: true }).click();
  await other.getByRole('alertdialog').getByRole('button', { name: 'Delete certificate' }).click();
  await expect(drawer(other)).toBeHidden();
  await expect(certificateRows(other)).toHaveCount(4);

  await page.keyboard.press('Escape');
  await focus(page);
  await expect(certificateRows(page)).toHaveCount(4);
  const ids = (await snapshot(page, accountId)).map((c) => c.id);
  expect(ids).toContain(generated);
  expect(ids).not.toContain(expired);
});

test('while one tab polls a pending certificate, the other tab’s change shows there at a later poll, without focus', async ({
  openCertificates,
  mockBehaviour,
  accountId,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await mockBehaviour({ pendingMs: 20_000 });
  const { inactive, expired } = await roles(page, accountId);

  // Tab one activates a certificate: it is Pending for a while, so tab one refreshes every 2 seconds.
  await page.goto(drawerPath(accountId, inactive));
  await drawer(page).getByRole('button', { name: 'Activate' }).click();
  await expect(detail(drawer(page), 'Status')).toHaveText('Pending');
  await page.keyboard.press('Escape');
  await expect(certificateRows(page)).toHaveCount(4);

  // Tab two deletes the expired one; tab one, never focused again, drops it at its next refresh.
  const other = await secondTab(page, drawerPath(accountId, expired));
  await drawer(other).getByRole('button', { name: 'Delete', exact: true }).click();
  await other.getByRole('alertdialog').getByRole('button', { name: 'Delete certificate' }).click();
  await expect(certificateRows(other)).toHaveCount(3);
  const deletedAt = Date.now();
  // Polling every 2 s: the next refresh or the one after, allowing for a busy machine.
  await expect(certificateRows(page)).toHaveCount(3, { timeout: 8000 });
  expect(Date.now() - deletedAt).toBeLessThan(8000);
});

test('deleting what the other tab just activated, or turning on what it deactivated, is refused with the reason, and the drawer refreshes', async ({
  openCertificates,
  mockBehaviour,
  accountId,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await mockBehaviour({ pendingMs: 20_000 });
  const { inactive, available } = await roles(page, accountId);

  // Tab two is about to delete the inactive certificate: its confirmation is open.
  const other = await secondTab(page, drawerPath(accountId, inactive));
  await drawer(other).getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = other.getByRole('alertdialog', { name: /^Delete / });
  await expect(confirm).toBeVisible();

  // Meanwhile tab one activates it.
  await page.bringToFront();
  await page.goto(drawerPath(accountId, inactive));
  await drawer(page).getByRole('button', { name: 'Activate' }).click();
  await expect(detail(drawer(page), 'Status')).toHaveText('Pending');

  // Tab two confirms: the server refuses, the dialog says why, and the drawer behind it is refreshed.
  await other.bringToFront();
  await confirm.getByRole('button', { name: 'Delete certificate' }).click();
  await expect(confirm.getByRole('alert')).toHaveText(
    /is still being deployed: deactivate it before deleting it\./,
  );
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(detail(drawer(other), 'Status')).toHaveText('Pending');
  await expect(drawer(other).getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0);
  expect((await snapshot(other, accountId)).find((c) => c.id === inactive)?.status).toBe(
    'pending_deployment',
  );

  // The other way round: tab two is about to turn on the available certificate; tab one deactivates it.
  await other.goto(drawerPath(accountId, available));
  await drawer(other).getByRole('button', { name: 'Confirm and turn on certificate' }).click();
  const turnOn = other.getByRole('alertdialog', { name: 'Turn on this certificate?' });
  await expect(turnOn).toBeVisible();

  await page.bringToFront();
  await page.goto(drawerPath(accountId, available));
  await deactivateInDrawer(page);
  await expect(detail(drawer(page), 'Status')).toHaveText('Pending');

  await other.bringToFront();
  await turnOn.getByRole('button', { name: 'Turn on certificate' }).click();
  await expect(turnOn.getByRole('alert')).toHaveText(
    /is still being deactivated: only an available certificate can be turned on\./,
  );
  await turnOn.getByRole('button', { name: 'Cancel' }).click();
  await expect(detail(drawer(other), 'Status')).toHaveText('Pending');
  await expect(detail(drawer(other), 'In use')).toHaveText('No');
});

test('deleting what the other tab already deleted says it no longer exists, and the list drops it', async ({
  openCertificates,
  accountId,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  const { inactive } = await roles(page, accountId);

  const other = await secondTab(page, drawerPath(accountId, inactive));
  await drawer(other).getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = other.getByRole('alertdialog', { name: /^Delete / });
  await expect(confirm).toBeVisible();

  await page.bringToFront();
  await page.goto(drawerPath(accountId, inactive));
  await drawer(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete certificate' }).click();
  await expect(certificateRows(page)).toHaveCount(3);

  await other.bringToFront();
  await confirm.getByRole('button', { name: 'Delete certificate' }).click();
  await expect(drawer(other, /^Certificate /).getByRole('alert')).toHaveText(
    /This certificate does not exist \(it may have been deleted\)\./,
  );
  await drawer(other, /^Certificate /)
    .getByRole('button', { name: 'Back to the list' })
    .click();
  await expect(certificateRows(other)).toHaveCount(3);
});
