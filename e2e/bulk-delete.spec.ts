import type { Page } from '@playwright/test';
import { type ApiCall, certificateRows, expect, fetchFromPage, test } from './fixtures';
import { snapshot } from './reliability-support';

/** Generates certificates through the API, as another tab would: each starts Inactive. */
async function generate(page: Page, accountId: string, count: number) {
  for (let i = 0; i < count; i += 1) {
    const answer = await fetchFromPage<{ success: boolean }>(
      page,
      'POST',
      `/accounts/${accountId}/gateway/certificates`,
      {},
    );
    expect(answer.success, 'generated through the API').toBe(true);
  }
}

const deletes = (calls: ApiCall[]) =>
  calls
    .filter((call) => call.method === 'DELETE' && !call.path.includes('/__mock/'))
    .map((call) => call.path.split('/').pop() ?? '');

test('Delete selected deletes the chosen Inactive certificates one by one with progress; a failure is reported for its certificate, the rest are deleted, nothing else is touched', async ({
  openCertificates,
  accountId,
  mockFault,
  apiCalls,
  axe,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await generate(page, accountId, 3);
  await page.reload();
  const rows = certificateRows(page);
  await expect(rows).toHaveCount(7);
  const before = await snapshot(page, accountId);

  // A checkbox on each Inactive row, named after the row; none on the others.
  const boxes = page.getByRole('checkbox', { name: /^Select Certificate [0-9a-f]{8}$/ });
  await expect(boxes).toHaveCount(5);
  for (const row of await rows.filter({ hasNotText: 'Inactive' }).all()) {
    await expect(row.getByRole('checkbox')).toHaveCount(0);
  }
  const deleteSelected = page.getByRole('button', { name: /^Delete selected/ });
  await expect(deleteSelected).toHaveText('Delete selected (0)');
  await expect(deleteSelected).toHaveAttribute('aria-disabled', 'true');

  // Select all, then leave one out: it must survive.
  const selectAll = page.getByRole('checkbox', { name: 'Select all Inactive certificates shown' });
  await selectAll.check();
  for (const box of await boxes.all()) await expect(box).toBeChecked();
  await expect(deleteSelected).toHaveText('Delete selected (5)');
  const kept = boxes.first();
  const keptName = ((await kept.getAttribute('aria-label')) ?? '').replace(/^Select /, '');
  await kept.uncheck();
  await expect(selectAll).not.toBeChecked();
  await expect(deleteSelected).toHaveText('Delete selected (4)');
  const chosen = (await boxes.evaluateAll((elements) =>
    elements
      .filter((element) => (element as HTMLInputElement).checked)
      .map((element) => element.getAttribute('aria-label')?.replace(/^Select /, '') ?? ''),
  )) as string[];
  expect(chosen).toHaveLength(4);

  // One confirmation, naming each certificate.
  await deleteSelected.click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete 4 certificates?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('listitem')).toHaveText(chosen);
  expect(await axe({ include: '[role="alertdialog"]' }), 'the bulk delete confirmation').toEqual([]);

  // The first DELETE fails with a 500; the second is rate limited once (Retry-After: 1) and then goes through.
  await mockFault({ kind: 'status', status: 500, method: 'DELETE', times: 1 });
  await mockFault({ kind: 'status', status: 429, method: 'DELETE', times: 1 });
  const since = apiCalls.length;
  await confirm.getByRole('button', { name: 'Delete 4 certificates' }).click();
  await expect(confirm.getByRole('progressbar', { name: 'Deleting certificates' })).toBeVisible();
  await expect(confirm.getByRole('button', { name: /^Deleting [1-4] of 4…$/ })).toBeDisabled();
  await expect(confirm.getByRole('status')).toContainText('1 failed');
  await expect(confirm).toBeHidden({ timeout: 20_000 });

  // The report names the one that failed, with the API's reason; the others are gone.
  const report = page.getByRole('alert').filter({ hasText: 'could not be deleted' });
  await expect(report).toContainText('1 certificate could not be deleted; 3 certificates deleted.');
  await expect(report.getByRole('listitem')).toHaveText([
    `${chosen[0]}: Internal server error at the Cloudflare API. Try again.`,
  ]);
  expect(await axe(), 'the list with the bulk delete report').toEqual([]);
  await expect(rows).toHaveCount(4);
  for (const name of chosen.slice(1)) await expect(rows.filter({ hasText: name })).toHaveCount(0);

  // One DELETE per certificate (the rate-limited one twice), only for those chosen.
  const sent = deletes(apiCalls.slice(since));
  expect(sent).toHaveLength(5);
  const after = await snapshot(page, accountId);
  const deletedIds = before.filter((c) => !after.some((a) => a.id === c.id)).map((c) => c.id);
  expect(deletedIds).toHaveLength(3);
  expect(new Set(sent)).toEqual(
    new Set([...deletedIds, before.find((c) => chosen[0]?.endsWith(c.id.slice(0, 8)))?.id]),
  );
  // Nothing else touched: every certificate left is exactly as it was.
  expect(after).toEqual(before.filter((c) => !deletedIds.includes(c.id)));
  await expect(rows.filter({ hasText: keptName })).toHaveCount(1);

  // The failed one stays selected: trying again deletes it.
  await expect(page.getByRole('checkbox', { name: `Select ${chosen[0]}` })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: `Select ${keptName}` })).not.toBeChecked();
  await expect(deleteSelected).toHaveText('Delete selected (1)');
  await deleteSelected.click();
  await page
    .getByRole('alertdialog', { name: 'Delete 1 certificate?' })
    .getByRole('button', { name: 'Delete 1 certificate' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 1 certificate.' })).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(deleteSelected).toHaveText('Delete selected (0)');
  await expect(deleteSelected).toBeFocused();
});

test('select-all takes only the Inactive rows the search and the filter show', async ({
  openCertificates,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  const rows = certificateRows(page);
  await expect(rows).toHaveCount(4);
  const inactive = page.getByRole('checkbox', { name: /^Select Certificate [0-9a-f]{8}$/ });
  await expect(inactive).toHaveCount(2);
  const first = ((await inactive.first().getAttribute('aria-label')) ?? '').replace(/^Select /, '');
  await page.getByRole('searchbox', { name: 'Search certificates' }).fill(first.replace('Certificate ', ''));
  await expect(rows).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'Select all Inactive certificates shown' }).check();
  await expect(page.getByRole('button', { name: /^Delete selected/ })).toHaveText('Delete selected (1)');
  await page.getByRole('searchbox', { name: 'Search certificates' }).fill('');
  await expect(rows).toHaveCount(4);
  await expect(page.getByRole('checkbox', { name: `Select ${first}` })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Select Certificate/, checked: true })).toHaveCount(1);
  // Clicking a checkbox selects; it does not open the drawer.
  await inactive.nth(1).check();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Delete selected/ })).toHaveText('Delete selected (2)');
});
