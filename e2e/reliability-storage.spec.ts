import { certificateRows, deactivateInDrawer, detail, drawer, expect, test } from './fixtures';
import { injectFault, snapshot } from './reliability-support';

/**
 * The mock's data in browser storage. Data this version cannot read (corrupt, from an
 * older or newer version, from something else entirely, absurdly large) is reset with a notice, never a
 * crash; and a reload in the middle of a transition ends in the right state.
 */

const STORAGE_KEY = 'zt-certificates-mock-db';

const BAD_DATA: Array<{ name: string; value: string; problem: RegExp }> = [
  { name: 'not JSON', value: '{"version":1,"accounts":{', problem: /is not valid JSON/ },
  { name: 'JSON that is not an object', value: '[1,2,3]', problem: /is not an object/ },
  {
    name: 'an older version',
    value: '{"version":0,"accounts":{}}',
    problem: /is version 0, this app reads version 1/,
  },
  {
    name: 'a newer version',
    value: '{"version":2,"accounts":{},"behaviours":{}}',
    problem: /is version 2, this app reads version 1/,
  },
  {
    name: 'a foreign shape',
    value: JSON.stringify({
      version: 1,
      accounts: { '0123456789abcdef0123456789abcdef': { certificates: 'all of them', inUseId: 7 } },
      behaviours: {},
    }),
    problem: /does not have the expected shape/,
  },
  {
    name: 'markup, as if injected',
    value: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
    problem: /is not valid JSON/,
  },
  { name: 'a 3-million-character string', value: 'x'.repeat(3_000_000), problem: /is not valid JSON/ },
];

test(`stored data that cannot be read (${BAD_DATA.length} kinds) is reset with a notice, never a crash`, async ({
  openCertificates,
  page,
}) => {
  test.slow();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openCertificates();
  // The account is seeded (and saved) by its first answer: wait for it, or the save could land
  // after the bad data below and overwrite it.
  await expect(certificateRows(page)).toHaveCount(4);
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'The demo data in this browser could not be read' });

  for (const bad of BAD_DATA) {
    // As if left by another version of the app, or by anything else on this origin: then a reload.
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      STORAGE_KEY,
      bad.value,
    ] as const);
    await page.reload();

    await expect(notice, bad.name).toHaveText(/could not be read \(.+\), so it was reset\./);
    await expect(notice, bad.name).toContainText(bad.problem);
    // A fresh account, seeded as any new one is, and a working screen.
    await expect(certificateRows(page), bad.name).toHaveCount(4);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), bad.name).toBeUndefined();
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
    expect(stored, bad.name).toMatchObject({ version: 1 });
  }

  // What is stored now is this version's data, so the next load says nothing.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(certificateRows(page)).toHaveCount(4);
  await expect(page.getByText('could not be read')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a reload while a certificate is Pending ends Available, and while it is leaving ends Inactive', async ({
  openCertificates,
  mockBehaviour,
  accountId,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  test.slow();
  // Long enough that the reload (slow on a busy machine) lands while it is still Pending.
  await mockBehaviour({ pendingMs: 6000 });
  const all = await snapshot(page, accountId);
  const inactive = all.find((c) => c.status === 'inactive' && Date.parse(c.expires) > Date.now())?.id;
  const available = all.find((c) => c.status === 'available' && !c.inUse)?.id;

  await page.goto(`/accounts/${accountId}/certificates/${inactive}`);
  await drawer(page).getByRole('button', { name: 'Activate' }).click();
  await expect(detail(drawer(page), 'Status')).toHaveText('Pending');
  await page.reload();
  await expect(detail(drawer(page), 'Status')).toHaveText('Pending');
  await expect(detail(drawer(page), 'Status')).toHaveText('Available', { timeout: 15_000 });

  await page.goto(`/accounts/${accountId}/certificates/${available}`);
  await deactivateInDrawer(page);
  await expect(detail(drawer(page), 'Status')).toHaveText('Pending');
  await page.reload();
  await expect(detail(drawer(page), 'Status')).toHaveText('Pending');
  await expect(detail(drawer(page), 'Status')).toHaveText('Inactive', { timeout: 15_000 });

  const after = await snapshot(page, accountId);
  expect(after.find((c) => c.id === inactive)?.status).toBe('available');
  expect(after.find((c) => c.id === available)?.status).toBe('inactive');
  expect(after).toHaveLength(all.length);
});

test('a reload while an activation is still on its way leaves the certificate as the server has it', async ({
  openCertificates,
  accountId,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  const all = await snapshot(page, accountId);
  const inactive = all.find((c) => c.status === 'inactive' && Date.parse(c.expires) > Date.now())?.id;

  await page.goto(`/accounts/${accountId}/certificates/${inactive}`);
  await expect(detail(drawer(page), 'Status')).toHaveText('Inactive');
  await injectFault(page, accountId, { kind: 'delay', delayMs: 5000, method: 'POST', path: '/activate' });
  await drawer(page).getByRole('button', { name: 'Activate' }).click();
  await expect(drawer(page).getByRole('button', { name: 'Activating…' })).toBeDisabled();
  // The request never reached the (simulated) server: after the reload the certificate is as it was,
  // and can be activated.
  await page.reload();
  await expect(detail(drawer(page), 'Status')).toHaveText('Inactive');
  expect((await snapshot(page, accountId)).find((c) => c.id === inactive)?.status).toBe('inactive');
  await drawer(page).getByRole('button', { name: 'Activate' }).click();
  await expect(detail(drawer(page), 'Status')).toHaveText(/^(Pending|Available)$/);
});
