import type { Locator, Page } from '@playwright/test';
import { certificateRows, drawer, expect, expectFocusWithin, test } from './fixtures';

const timeline = (page: Page) => page.getByRole('figure', { name: /^Validity from creation to expiry/ });

/** Where a bar starts and ends, and where today's line is, as percentages of the axis. */
async function geometry(link: Locator) {
  return link.evaluate((element) => {
    const rect = element.querySelector('rect');
    const today = element.querySelector('line');
    const percent = (value: string | null | undefined) => Number.parseFloat(value ?? 'NaN');
    const x = percent(rect?.getAttribute('x'));
    return {
      start: x,
      end: x + percent(rect?.getAttribute('width')),
      today: percent(today?.getAttribute('x1')),
    };
  });
}

test('the Timeline draws each certificate from creation to expiry with a Today marker, marks the one in use and the expired, and each bar opens its drawer', async ({
  openCertificates,
  axe,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await expect(certificateRows(page)).toHaveCount(4);
  const labels = await certificateRows(page).getByRole('link').allTextContents();

  const view = page.getByRole('group', { name: 'View' });
  await expect(view.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  await view.getByRole('button', { name: 'Timeline' }).click();
  await expect(view.getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]view=timeline/);
  await expect(page.getByRole('table')).toHaveCount(0);

  // One link per certificate, named like its row, in the same order.
  const chart = timeline(page);
  await expect(chart).toContainText(/The line marks today, [A-Z][a-z]{2} \d{1,2}, \d{4}\./);
  await expect(chart.getByText('Today', { exact: true })).toBeVisible();
  const bars = chart.getByRole('link');
  await expect(bars).toHaveCount(labels.length);
  for (const [index, label] of labels.entries()) await expect(bars.nth(index)).toHaveAccessibleName(label);

  // Tab goes from the view switch straight to the first bar.
  await expect(view.getByRole('button', { name: 'Timeline' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(bars.first()).toBeFocused();

  // The one in use: marked in words, and its bar crosses today's line.
  const inUse = bars.filter({ hasText: 'In use' });
  await expect(inUse).toHaveCount(1);
  await expect(inUse).toHaveAccessibleName(/^Certificate [0-9a-f]{8}$/);
  await expect(inUse).toHaveAccessibleDescription(
    /^Available and In-Use\. Valid from [A-Z][a-z]{2} \d{1,2}, \d{4} to [A-Z][a-z]{2} \d{1,2}, \d{4} \(in [\d,]+ days\)\.$/,
  );
  const used = await geometry(inUse);
  expect(used.start).toBeLessThan(used.today);
  expect(used.end).toBeGreaterThan(used.today);

  // The expired one: marked in words, and its bar ends before today's line.
  const expired = bars.filter({ hasText: 'Expired' });
  await expect(expired).toHaveCount(1);
  await expect(expired).toHaveAccessibleDescription(
    /^Inactive\. Expired\. Valid from .* \(expired [\d,]+ days? ago\)\.$/,
  );
  const old = await geometry(expired);
  expect(old.end).toBeLessThan(old.today);
  expect(await axe(), 'the timeline, light').toEqual([]);

  // By keyboard: Tab reaches the bars, Enter opens the drawer, Escape comes back to the bar.
  const name = await inUse.evaluate((element) => element.querySelector('.timeline__name')?.textContent ?? '');
  await inUse.focus();
  await page.keyboard.press('Enter');
  const sheet = drawer(page, name);
  await expect(sheet).toBeVisible();
  await expect(page).toHaveURL(/\/certificates\/[0-9a-f-]{36}\?view=timeline$/);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expectFocusWithin(inUse, 'focus returns to the bar');

  // A reload keeps the view; Table goes back.
  await page.reload();
  await expect(timeline(page).getByRole('link')).toHaveCount(4);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
  await expect(certificateRows(page)).toHaveCount(4);
  await expect(page).not.toHaveURL(/view=/);
});

test('the Timeline reads in dark mode and fits a 390 px phone without a sideways scroll', async ({
  openCertificates,
  accountId,
  axe,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openCertificates({ scenario: 'default' });
  await page.goto(`/accounts/${accountId}/certificates?view=timeline`);
  await expect(timeline(page).getByRole('link')).toHaveCount(4);
  expect(await axe(), 'the timeline, dark').toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(timeline(page).getByRole('link')).toHaveCount(4);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
  expect(widths.page, 'no sideways scroll').toBeLessThanOrEqual(widths.view);
  for (const link of await timeline(page).getByRole('link').all()) {
    const box = await link.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  }
  expect(await axe(), 'the timeline at 390 px').toEqual([]);
});
