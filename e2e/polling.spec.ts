import { type ApiCall, certificateReads, certificateRows, detail, drawer, expect, test } from './fixtures';

/** The first quiet period, and the shorter ones after a pending state ends (longer than one poll interval). */
const IDLE_MS = 5000;
const SETTLED_MS = 3000;
const isList = (call: ApiCall) => /\/gateway\/certificates$/.test(call.path);
const isDetail = (call: ApiCall) => /\/gateway\/certificates\/[0-9a-f-]{36}$/.test(call.path);
/** Milliseconds between consecutive calls. */
const gaps = (calls: ApiCall[]) => calls.slice(1).map((call, i) => call.at - (calls[i]?.at ?? call.at));
/** The poll interval is 2 s; a busy machine may stretch it a little. */
const aboutTwoSeconds = (gap: number) => gap > 1500 && gap < 4000;

test('while anything is Pending the list and the drawer refresh about every 2 s, and stop when nothing is', async ({
  openCertificates,
  mockBehaviour,
  apiCalls,
  page,
}, testInfo) => {
  await openCertificates({ scenario: 'default' });
  await mockBehaviour({ pendingMs: 5000 });
  const rows = certificateRows(page);
  await expect(rows).toHaveCount(4);
  const live = page.getByRole('status').filter({ hasText: /pending/ });

  // Idle: nothing is pending, so nothing is fetched.
  let since = Date.now();
  // Waiting out a quiet period is the measurement itself.
  await page.waitForTimeout(IDLE_MS);
  const idleReads = certificateReads(apiCalls, since).length;
  expect(idleReads, `certificate GETs in ${IDLE_MS} ms idle`).toBe(0);

  // Activate from the drawer, then watch the list alone (drawer closed) go from Pending to Available.
  const row = rows.filter({ hasText: 'Inactive' }).filter({ hasNotText: 'Expired' });
  const label = (await row.getByRole('link').textContent()) ?? '';
  await row.getByRole('link').click();
  const sheet = drawer(page, label);
  await sheet.getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(detail(sheet, 'Status')).toHaveText('Pending');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  since = Date.now();
  const statusCell = rows
    .filter({ has: page.getByRole('link', { name: label }) })
    .getByRole('cell')
    .nth(1);
  await expect(statusCell).toHaveText('Pending');
  await expect(live).toHaveText('1 pending: refreshing every 2 seconds until deployment ends.');
  await expect(statusCell).toHaveText('Available', { timeout: 15_000 });
  await expect(live).toHaveCount(0);
  const listWhilePending = certificateReads(apiCalls, since).filter(isList);
  const detailWhileClosed = certificateReads(apiCalls, since).filter(isDetail);
  expect(listWhilePending.length, 'list GETs while pending').toBeGreaterThanOrEqual(2);
  expect(detailWhileClosed, 'no GETs of a closed drawer').toEqual([]);
  expect(gaps(listWhilePending).every(aboutTwoSeconds), `list gaps ${gaps(listWhilePending)}`).toBe(true);

  // Idle again: polling has stopped.
  since = Date.now();
  // Waiting out a quiet period is the measurement itself.
  await page.waitForTimeout(SETTLED_MS);
  const idleAfterList = certificateReads(apiCalls, since).length;
  expect(idleAfterList, `certificate GETs in ${SETTLED_MS} ms after it became Available`).toBe(0);

  // Deactivate with the drawer open: the drawer refreshes itself too, until Inactive.
  await rows
    .filter({ has: page.getByRole('link', { name: label }) })
    .getByRole('link')
    .click();
  await expect(detail(sheet, 'Status')).toHaveText('Available');
  await sheet.getByRole('button', { name: 'Deactivate' }).click();
  await page
    .getByRole('alertdialog', { name: /^Deactivate .+\?$/ })
    .getByRole('button', { name: 'Deactivate certificate' })
    .click();
  since = Date.now();
  await expect(detail(sheet, 'Status')).toHaveText('Pending');
  await expect(detail(sheet, 'Status')).toHaveText('Inactive', { timeout: 15_000 });
  const whileOpen = certificateReads(apiCalls, since);
  const detailWhileOpen = whileOpen.filter(isDetail);
  expect(detailWhileOpen.length, 'drawer GETs while pending').toBeGreaterThanOrEqual(2);
  expect(whileOpen.filter(isList).length, 'list GETs while pending').toBeGreaterThanOrEqual(2);
  expect(gaps(detailWhileOpen).every(aboutTwoSeconds), `drawer gaps ${gaps(detailWhileOpen)}`).toBe(true);

  since = Date.now();
  // Waiting out a quiet period is the measurement itself.
  await page.waitForTimeout(SETTLED_MS);
  const idleAfterDrawer = certificateReads(apiCalls, since).length;
  expect(idleAfterDrawer, `certificate GETs in ${SETTLED_MS} ms after it became Inactive`).toBe(0);

  const figures = {
    idleReads,
    listWhilePending: listWhilePending.length,
    listGapsMs: gaps(listWhilePending),
    detailWhileOpen: detailWhileOpen.length,
    listWhileDrawerOpen: whileOpen.filter(isList).length,
    detailGapsMs: gaps(detailWhileOpen),
    idleAfterList,
    idleAfterDrawer,
  };
  await testInfo.attach('polling-figures.json', {
    body: JSON.stringify(figures, null, 2),
    contentType: 'application/json',
  });
  console.log(`polling figures: ${JSON.stringify(figures)}`);
});
