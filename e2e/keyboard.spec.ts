import type { Locator, Page } from '@playwright/test';
import { detail, drawer, expect, expectFocusWithin, test } from './fixtures';

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 30 } = {}) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached with ${limit} presses of Tab`).toBeFocused();
}

test('keyboard only: generate with custom days, activate, and turn on', async ({
  openCertificates,
  mockBehaviour,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await mockBehaviour({ pendingMs: 3000 });

  // Generate: Tab to the button, Enter; the checked radio takes focus; arrows choose; Enter submits.
  const generate = page.getByRole('button', { name: 'Generate certificate' });
  await tabTo(page, generate);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await expect(dialog).toBeVisible();
  const recommended = dialog.getByRole('radio', { name: '5 years (recommended)' });
  await tabTo(page, recommended);
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'Custom' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Custom' })).toBeFocused();
  const days = dialog.getByRole('textbox', { name: 'Days' });
  await page.keyboard.press('Tab');
  await expect(days).toBeFocused();
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(/^A certificate must last at least 1 day/);
  await expect(days).toBeFocused();
  await page.keyboard.press('Backspace');
  await page.keyboard.type('730');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // The new certificate's drawer has focus.
  const sheet = drawer(page);
  await expect(detail(sheet, 'Status')).toHaveText('Inactive');
  await expect(detail(sheet, 'Expires')).toContainText('(in 730 days)');
  await expectFocusWithin(sheet);

  // Activate, then wait for Available: focus stays inside the drawer throughout.
  const activate = sheet.getByRole('button', { name: 'Activate', exact: true });
  await tabTo(page, activate);
  await page.keyboard.press('Enter');
  await expect(detail(sheet, 'Status')).toHaveText('Pending');
  await expect(detail(sheet, 'Status')).toHaveText('Available');

  // Turn on: reach the button from wherever focus is now, confirm in the alert dialog.
  const turnOn = sheet.getByRole('button', { name: 'Confirm and turn on certificate' });
  await tabTo(page, turnOn);
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog', { name: 'Turn on this certificate?' });
  await expect(confirm).toBeVisible();
  await tabTo(page, confirm.getByRole('button', { name: 'Turn on certificate' }));
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(detail(sheet, 'Status')).toHaveText('Available and In-Use');
  // Focus is back in the drawer, not lost to the page behind it.
  await expectFocusWithin(sheet);

  // Esc closes the drawer; the list shows the change.
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('table').getByText('Available and In-Use', { exact: true })).toHaveCount(1);
  // The one in use before is Available only, beside the default scenario's other Available one.
  await expect(page.getByRole('table').getByText('Available', { exact: true })).toHaveCount(2);
  // Focus is on the page, ready for the next Tab, not lost to the document body.
  await expectFocusWithin(page.getByRole('main'));
});
