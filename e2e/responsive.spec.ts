import type { Locator, Page } from '@playwright/test';
import { certificateRows, detail, drawer, expect, test } from './fixtures';

const WIDTH = 390;
test.use({ viewport: { width: WIDTH, height: 844 }, hasTouch: true, isMobile: true });

/** Nothing makes the page itself scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'page width').toBeLessThanOrEqual(WIDTH);
}

/** A control can be brought into view, lies wholly inside the screen's width, is big enough to tap, and is tapped. */
async function tap(control: Locator) {
  await control.scrollIntoViewIfNeeded();
  await expect(control).toBeInViewport({ ratio: 1 });
  await expect(control).toBeEnabled();
  // A radio's target is its whole label, which selects it as well.
  const label = control.locator('xpath=ancestor::label[1]');
  const box = await ((await label.count()) > 0 ? label : control).boundingBox();
  expect(box, 'laid out').not.toBeNull();
  if (!box) return;
  expect(box.x, 'left edge on screen').toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, 'right edge on screen').toBeLessThanOrEqual(WIDTH);
  expect(Math.min(box.width, box.height), 'target size (WCAG 2.5.8: 24 px)').toBeGreaterThanOrEqual(24);
  await control.tap();
}

test('at 390x844 every action can be reached and tapped: generate, open, activate, turn on, deactivate, delete, download', async ({
  openCertificates,
  mockBehaviour,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await mockBehaviour({ pendingMs: 1000 });
  const rows = certificateRows(page);
  await expect(rows).toHaveCount(4);
  await expectNoSidewaysScroll(page);

  // Generate: the header button, then the dialog fits the screen.
  await tap(page.getByRole('button', { name: 'Generate certificate' }));
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await expect(dialog).toBeInViewport();
  const dialogBox = await dialog.boundingBox();
  expect((dialogBox?.x ?? -1) >= 0 && (dialogBox?.x ?? 0) + (dialogBox?.width ?? 0) <= WIDTH).toBe(true);
  await tap(dialog.getByRole('radio', { name: '1 year' }));
  await tap(dialog.getByRole('button', { name: 'Generate certificate' }));
  const sheet = drawer(page);
  await expect(detail(sheet, 'Status')).toHaveText('Inactive');
  const sheetBox = await sheet.boundingBox();
  expect(sheetBox?.width ?? 0, 'drawer width').toBeLessThanOrEqual(WIDTH);
  expect(sheetBox?.x ?? -1, 'drawer left edge').toBeGreaterThanOrEqual(0);

  // Activate, wait for Available, turn on through the confirmation.
  await tap(sheet.getByRole('button', { name: 'Activate', exact: true }));
  await expect(detail(sheet, 'Status')).toHaveText('Available');
  await tap(sheet.getByRole('button', { name: 'Confirm and turn on certificate' }));
  const confirm = page.getByRole('alertdialog', { name: 'Turn on this certificate?' });
  await tap(confirm.getByRole('button', { name: 'Turn on certificate' }));
  await expect(confirm).toBeHidden();
  await expect(detail(sheet, 'Status')).toHaveText('Available and In-Use');

  // Both downloads.
  for (const extension of ['pem', 'crt']) {
    const download = page.waitForEvent('download');
    await tap(sheet.getByRole('button', { name: `Download .${extension}` }));
    expect((await download).suggestedFilename()).toMatch(
      new RegExp(`^gateway-ca-[0-9a-f]{8}\\.${extension}$`),
    );
  }
  await tap(sheet.getByRole('button', { name: 'Close' }));
  await expect(sheet).toBeHidden();

  // Open an Available one from its row, deactivate it and delete it.
  await expect(rows.getByText('Available', { exact: true })).toHaveCount(2);
  await tap(
    rows
      .filter({ has: page.getByText('Available', { exact: true }) })
      .first()
      .getByRole('link'),
  );
  await expect(detail(sheet, 'Status')).toHaveText('Available');
  await tap(sheet.getByRole('button', { name: 'Deactivate' }));
  await tap(
    page
      .getByRole('alertdialog', { name: /^Deactivate .+\?$/ })
      .getByRole('button', { name: 'Deactivate certificate' }),
  );
  await expect(detail(sheet, 'Status')).toHaveText('Inactive');
  await tap(sheet.getByRole('button', { name: 'Delete' }));
  const confirmDelete = page.getByRole('alertdialog', { name: /^Delete Certificate [0-9a-f]{8}\?$/ });
  await tap(confirmDelete.getByRole('button', { name: 'Delete certificate' }));
  await expect(sheet).toBeHidden();
  await expect(rows).toHaveCount(4);
  await expectNoSidewaysScroll(page);
});
