import type { Locator, Page } from '@playwright/test';
import type { Fault } from '../test-kit/mock-controls';
import { detail, drawer, expect, test } from './fixtures';
import { changes, injectFault, makeCa, type Snapshot, shownRows, snapshot } from './reliability-support';

/**
 * Every change the screen can make, under an HTTP 500, a 429, a network failure and a
 * 10-second delay. Each failure is explained where the action was taken and changes nothing (the list
 * after a reload is the list before); the action can then be retried and succeeds; and neither a retry
 * nor a double click makes the change twice (the certificates are counted).
 */

const DELAY_MS = 10_000;

const FAILURES: Array<{ name: string; fault: Pick<Fault, 'kind' | 'status'>; message: RegExp }> = [
  {
    name: 'HTTP 500',
    fault: { kind: 'status', status: 500 },
    message: /Internal server error at the Cloudflare API\. Try again\./,
  },
  {
    name: 'HTTP 429',
    fault: { kind: 'status', status: 429 },
    message: /Rate limited: too many requests to the Cloudflare API\. Wait a moment and try again\./,
  },
  {
    name: 'network failure',
    fault: { kind: 'network' },
    message: /Could not reach the Cloudflare API\. Check your connection and try again\./,
  },
];

type Opened = {
  /** Where the action is taken, and where its outcome must be told. */
  where: Locator;
  /** Takes the action; `double` double-clicks, as an impatient person would. */
  act: (options?: { double?: boolean }) => Promise<void>;
  /** The control, in its words while the change is on its way. */
  busy: Locator;
};

type Mutation = {
  name: string;
  /** The calls the fault hits (method, and how the path ends), and the calls that count as this change. */
  method: string;
  path: (target: string | undefined) => string;
  sent: RegExp;
  /** The certificate it acts on, from the default scenario's data; absent for a change that adds one. */
  target?: (before: Snapshot) => string | undefined;
  /** Opens the place where the action is taken, from a fresh load of the page. */
  open: (page: Page, accountId: string, target: string | undefined) => Promise<Opened>;
  /** What the screen shows once it succeeded. */
  shown: (page: Page) => Promise<void>;
  /** The data after it succeeded, against the data before. */
  changed: (before: Snapshot, after: Snapshot, target: string | undefined) => void;
};

const NOW = Date.now();
const inactive = (before: Snapshot) =>
  before.find((c) => c.status === 'inactive' && Date.parse(c.expires) > NOW)?.id;
const available = (before: Snapshot) => before.find((c) => c.status === 'available' && !c.inUse)?.id;

async function openDrawer(page: Page, accountId: string, id: string | undefined) {
  await page.goto(`/accounts/${accountId}/certificates/${id}`);
  const sheet = drawer(page);
  await expect(detail(sheet, 'Status')).toBeVisible();
  return sheet;
}

async function openList(page: Page, accountId: string) {
  await page.goto(`/accounts/${accountId}/certificates`);
  await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
}

const clicks =
  (button: Locator) =>
  async ({ double = false } = {}) =>
    double ? button.dblclick() : button.click();

/** One more (or fewer) certificate, and every other one exactly as it was. */
function onlyChange(before: Snapshot, after: Snapshot, difference: number, target?: string) {
  expect(after.length, 'certificates counted after the change').toBe(before.length + difference);
  const untouched = (c: Snapshot[number]) => c.id !== target;
  expect(after.filter((c) => untouched(c) && before.some((b) => b.id === c.id))).toEqual(
    before.filter(untouched),
  );
}

const CA = { name: 'Reliability upload', ...makeCa('Reliability Upload Root') };

const MUTATIONS: Mutation[] = [
  {
    name: 'generate',
    method: 'POST',
    path: () => '/gateway/certificates',
    sent: /\/gateway\/certificates$/,
    open: async (page, accountId) => {
      await openList(page, accountId);
      await page.getByRole('button', { name: 'Generate certificate' }).click();
      const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
      return {
        where: dialog,
        act: clicks(dialog.getByRole('button', { name: 'Generate certificate' })),
        busy: dialog.getByRole('button', { name: 'Generating…' }),
      };
    },
    shown: async (page) => {
      await expect(page.getByRole('dialog', { name: 'Generate certificate' })).toBeHidden();
      await expect(detail(drawer(page), 'Status')).toHaveText('Inactive');
    },
    changed: (before, after) => onlyChange(before, after, 1),
  },
  {
    name: 'activate',
    method: 'POST',
    path: () => '/activate',
    sent: /\/activate$/,
    target: inactive,
    open: async (page, accountId, id) => {
      const actions = (await openDrawer(page, accountId, id)).getByRole('region', { name: 'Actions' });
      return {
        where: actions,
        act: clicks(actions.getByRole('button', { name: 'Activate' })),
        busy: actions.getByRole('button', { name: 'Activating…' }),
      };
    },
    shown: (page) => expect(detail(drawer(page), 'Status')).toHaveText(/^(Pending|Available)$/),
    changed: (before, after, id) => {
      onlyChange(before, after, 0, id);
      expect(after.find((c) => c.id === id)?.status).toMatch(/^(pending_deployment|available)$/);
    },
  },
  {
    name: 'deactivate',
    method: 'POST',
    path: () => '/deactivate',
    sent: /\/deactivate$/,
    target: available,
    open: async (page, accountId, id) => {
      const sheet = await openDrawer(page, accountId, id);
      await sheet.getByRole('button', { name: 'Deactivate', exact: true }).click();
      const confirm = page.getByRole('alertdialog', { name: /^Deactivate / });
      return {
        where: confirm,
        act: clicks(confirm.getByRole('button', { name: 'Deactivate certificate' })),
        busy: confirm.getByRole('button', { name: 'Deactivating…' }),
      };
    },
    shown: async (page) => {
      await expect(page.getByRole('alertdialog')).toBeHidden();
      await expect(detail(drawer(page), 'Status')).toHaveText(/^(Pending|Inactive)$/);
    },
    changed: (before, after, id) => {
      onlyChange(before, after, 0, id);
      expect(after.find((c) => c.id === id)?.status).toMatch(/^(pending_deletion|inactive)$/);
    },
  },
  {
    name: 'delete',
    method: 'DELETE',
    path: (id) => `/gateway/certificates/${id}`,
    sent: /\/gateway\/certificates\/[^/]+$/,
    target: inactive,
    open: async (page, accountId, id) => {
      const sheet = await openDrawer(page, accountId, id);
      await sheet.getByRole('button', { name: 'Delete', exact: true }).click();
      const confirm = page.getByRole('alertdialog', { name: /^Delete / });
      return {
        where: confirm,
        act: clicks(confirm.getByRole('button', { name: 'Delete certificate' })),
        busy: confirm.getByRole('button', { name: 'Deleting…' }),
      };
    },
    shown: async (page) => {
      await expect(page.getByRole('alertdialog')).toBeHidden();
      await expect(page.getByRole('dialog')).toBeHidden();
    },
    changed: (before, after, id) => {
      onlyChange(before, after, -1, id);
      expect(after.map((c) => c.id)).not.toContain(id);
    },
  },
  {
    name: 'turn on',
    method: 'PATCH',
    path: () => '/gateway/configuration',
    sent: /\/gateway\/configuration$/,
    target: available,
    open: async (page, accountId, id) => {
      const sheet = await openDrawer(page, accountId, id);
      await sheet.getByRole('button', { name: 'Confirm and turn on certificate' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Turn on this certificate?' });
      return {
        where: confirm,
        act: clicks(confirm.getByRole('button', { name: 'Turn on certificate' })),
        busy: confirm.getByRole('button', { name: 'Turning on…' }),
      };
    },
    shown: async (page) => {
      await expect(page.getByRole('alertdialog')).toBeHidden();
      await expect(detail(drawer(page), 'Status')).toHaveText('Available and In-Use');
    },
    changed: (before, after, id) => {
      expect(after.map(({ id, status }) => ({ id, status }))).toEqual(
        before.map(({ id, status }) => ({ id, status })),
      );
      expect(after.filter((c) => c.inUse).map((c) => c.id)).toEqual([id]);
    },
  },
  {
    name: 'upload',
    method: 'POST',
    path: () => '/mtls_certificates',
    sent: /\/mtls_certificates$/,
    open: async (page, accountId) => {
      await openList(page, accountId);
      await page.getByRole('button', { name: 'Upload certificate' }).click();
      const dialog = page.getByRole('dialog', { name: 'Upload certificate' });
      await dialog.getByLabel('Certificate name', { exact: true }).fill(CA.name);
      await dialog.getByLabel('Certificate', { exact: true }).fill(CA.cert);
      await dialog.getByLabel('Private key', { exact: true }).fill(CA.key);
      return {
        where: dialog,
        act: clicks(dialog.getByRole('button', { name: 'Upload certificate' })),
        busy: dialog.getByRole('button', { name: 'Uploading…' }),
      };
    },
    shown: async (page) => {
      await expect(page.getByRole('dialog', { name: 'Upload certificate' })).toBeHidden();
      await expect(detail(drawer(page, CA.name), 'Status')).toHaveText('Inactive');
    },
    changed: (before, after) => onlyChange(before, after, 1),
  },
];

for (const mutation of MUTATIONS) {
  test(`${mutation.name}: a 500, a 429 and a network failure are explained where it was asked, change nothing, and a retry succeeds once`, async ({
    openCertificates,
    accountId,
    apiCalls,
    page,
  }) => {
    test.slow();
    await openCertificates({ scenario: 'default' });
    const before = await snapshot(page, accountId);
    const rowsBefore = await shownRows(page);
    const target = mutation.target?.(before);
    if (mutation.target) expect(target, 'a certificate to act on').toBeDefined();
    const sent = () => changes(apiCalls, mutation.sent).length;

    for (const [index, failure] of FAILURES.entries()) {
      // Every round starts from a fresh load, so it also shows the list after the last failure and a
      // reload: the list before, row for row.
      const { where, act } = await mutation.open(page, accountId, target);
      expect(await shownRows(page), `before the ${failure.name}: the list after a reload`).toEqual(
        rowsBefore,
      );
      await injectFault(page, accountId, {
        ...failure.fault,
        method: mutation.method,
        path: mutation.path(target),
      });
      const sentBefore = sent();
      await act();

      await expect(where.getByRole('alert').filter({ hasText: failure.message })).toBeVisible();
      expect(sent() - sentBefore, `${failure.name}: calls sent`).toBe(1);
      expect(await snapshot(page, accountId), `${failure.name}: the data`).toEqual(before);
      if (index < FAILURES.length - 1) continue;

      // Retried where it failed, with a double click: it succeeds, once.
      const retriedAt = sent();
      await act({ double: true });
      await mutation.shown(page);
      await expect(where.getByRole('alert').filter({ hasText: failure.message })).toBeHidden();
      mutation.changed(before, await snapshot(page, accountId), target);
      expect(sent() - retriedAt, 'calls sent by the double-clicked retry').toBe(1);
    }

    // The same after a reload: the change was made exactly once.
    await openList(page, accountId);
    const after = await snapshot(page, accountId);
    mutation.changed(before, after, target);
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(after.length + 1);
  });

  test(`${mutation.name}: a 10-second delay says it is still waiting, takes no second click, and succeeds once`, async ({
    openCertificates,
    accountId,
    apiCalls,
    page,
  }) => {
    test.slow();
    await openCertificates({ scenario: 'default' });
    const before = await snapshot(page, accountId);
    const target = mutation.target?.(before);
    const { where, act, busy } = await mutation.open(page, accountId, target);
    await injectFault(page, accountId, {
      kind: 'delay',
      delayMs: DELAY_MS,
      method: mutation.method,
      path: mutation.path(target),
    });
    const sentBefore = changes(apiCalls, mutation.sent).length;
    const started = Date.now();
    await act({ double: true });

    await expect(busy).toBeDisabled();
    await expect(
      where.getByRole('status').filter({ hasText: 'Still waiting for the Cloudflare API to answer' }),
    ).toBeVisible();
    // A click on the busy control while it waits sends nothing more.
    await busy.click({ force: true, timeout: 2000 }).catch(() => undefined);
    await expect(busy).toBeHidden({ timeout: DELAY_MS + 15_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(DELAY_MS - 1000);

    await mutation.shown(page);
    mutation.changed(before, await snapshot(page, accountId), target);
    expect(changes(apiCalls, mutation.sent).length - sentBefore, 'calls sent').toBe(1);
  });
}
