import { createHash, X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { drawer as certificateDrawer, detail, expect, test } from '../fixtures';
import { LIVE_ACCOUNT_ID, LIVE_DIST_DIR, LIVE_TOKEN, LIVE_URL } from './live-env';
import { upstream } from './upstream';

// Live mode through `npm run serve`, with `npm run mock-api` standing in for api.cloudflare.com.
// The mock API demands the token, so every call that succeeds here proves the server added it.

const CERTIFICATES = `/accounts/${LIVE_ACCOUNT_ID}/certificates`;

test.beforeEach(async ({ request }) => {
  await upstream(request).scenario('default');
});

/** Everything the browser receives, as text: status, headers and body of every response. */
function recordResponses(page: Page) {
  const seen: Promise<string>[] = [];
  page.on('response', (response) => {
    seen.push(
      (async () => {
        const headers = (await response.headersArray()).map(({ name, value }) => `${name}: ${value}`);
        const body = await response.body().then(
          (bytes) => bytes.toString('latin1'),
          () => '',
        );
        return `${response.status()} ${response.url()}\n${headers.join('\n')}\n\n${body}`;
      })(),
    );
  });
  return () => Promise.all(seen);
}

function consoleErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('the screen says Live with the account id and lists the upstream’s certificates', async ({ page }) => {
  const errors = consoleErrors(page);
  await page.goto('/');
  await expect(page).toHaveURL(`${LIVE_URL}${CERTIFICATES}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();

  await expect(page.getByText('Live', { exact: true })).toBeVisible();
  await expect(page.getByText(LIVE_ACCOUNT_ID).first()).toBeVisible();
  await expect(page.getByText('Mock demo')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reset demo data' })).toHaveCount(0);

  // The mock-api's default scenario: one header row and four certificates.
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByText('Available and In-Use', { exact: true })).toHaveCount(1);

  // The mock is not started in live mode: no service worker answers for the API.
  const registrations = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistrations()).length,
  );
  expect(registrations).toBe(0);
  expect(errors).toEqual([]);
});

test('the token is in no response, header, page or script the browser sees, nor in the build', async ({
  page,
}) => {
  const responses = recordResponses(page);
  const sentAuthorization: string[] = [];
  page.on('request', (request) => {
    const value = request.headers().authorization;
    if (value) sentAuthorization.push(value);
  });

  await page.goto(CERTIFICATES);
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Basic information' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('dialog')).toBeVisible();

  const seen = await responses();
  expect(seen.length).toBeGreaterThan(5);
  expect(seen.some((text) => text.includes('/client/v4/accounts/'))).toBe(true);
  expect(
    seen.some((text) => /\.js\n/.test(text.split('\n')[0] ?? '') || text.includes('text/javascript')),
  ).toBe(true);
  for (const text of seen) expect(text).not.toContain(LIVE_TOKEN);
  expect(await page.content()).not.toContain(LIVE_TOKEN);
  expect(sentAuthorization).toEqual([]);

  // Every file of the build, the mock's chunk included, whether the page loaded it or not.
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  const built = files(LIVE_DIST_DIR);
  expect(built.some((file) => file.endsWith('.js'))).toBe(true);
  for (const file of built) expect(readFileSync(file, 'latin1'), file).not.toContain(LIVE_TOKEN);
});

test('the main flow through the server: generate, activate, turn on, download', async ({ page, request }) => {
  const cloudflare = upstream(request);
  await cloudflare.scenario('empty');
  const errors = consoleErrors(page);
  await page.goto(CERTIFICATES);
  await expect(page.getByRole('heading', { name: 'No certificates yet' })).toBeVisible();

  // Generate: the dialog's default is five years.
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await expect(dialog.getByRole('radio', { name: '5 years (recommended)' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();
  await expect(dialog).toBeHidden();

  // The new certificate's drawer opens; it exists upstream, inactive.
  const [created] = await cloudflare.certificates();
  expect(created).toMatchObject({ binding_status: 'inactive', in_use: false });
  const id = created?.id ?? '';
  const drawer = certificateDrawer(page, `Certificate ${id.split('-')[0]}`);
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText('Inactive', { exact: true })).toBeVisible();

  // Activate: pending while the upstream deploys it, then available.
  await drawer.getByRole('button', { name: 'Activate' }).click();
  await expect(drawer.getByText('Pending', { exact: true })).toBeVisible();
  await expect(drawer.getByText('Available', { exact: true })).toBeVisible({ timeout: 20_000 });

  // Turn on, after the confirmation.
  await drawer.getByRole('button', { name: 'Confirm and turn on certificate' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Turn on this certificate?' });
  await confirm.getByRole('button', { name: 'Turn on certificate' }).click();
  await expect(confirm).toBeHidden();
  await expect(drawer.getByText('Available and In-Use', { exact: true })).toBeVisible();
  expect(await cloudflare.inUseId()).toBe(id);

  // Download both forms; each is the same certificate as the screen's fingerprint.
  const shown = (await detail(drawer, 'SHA-256 fingerprint').locator('code').textContent())?.trim() ?? '';
  expect(shown).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  const download = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      drawer.getByRole('button', { name }).click(),
    ]);
    return readFileSync((await file.path()) ?? '');
  };
  const pem = await download('Download .pem');
  expect(pem.toString('utf8')).toMatch(/^-----BEGIN CERTIFICATE-----/);
  expect(new X509Certificate(pem).fingerprint256).toBe(shown);
  const der = await download('Download .crt');
  expect(der[0]).toBe(0x30);
  expect(new X509Certificate(der).fingerprint256).toBe(shown);
  expect(createHash('sha256').update(der).digest('hex').toUpperCase()).toBe(shown.replaceAll(':', ''));
  expect(errors).toEqual([]);
});

test('an upstream failure reaches the screen as a clear message, and trying again works', async ({
  page,
  request,
}) => {
  const cloudflare = upstream(request);
  await cloudflare.scenario('empty');
  await cloudflare.behaviour({ flaky: true });
  await page.goto(CERTIFICATES);
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  const failed = page.waitForResponse((response) => response.request().method() === 'POST');
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();
  expect((await failed).status()).toBe(502);
  await expect(dialog.getByRole('alert')).toContainText(
    'The Cloudflare API had a problem (HTTP 500): Internal error (the flaky scenario fails every first attempt). Try again.',
  );
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();
  await expect(dialog).toBeHidden();
  expect(await cloudflare.certificates()).toHaveLength(1);
});

test('calls outside the allow-list are refused and never reach the upstream', async ({ page, request }) => {
  await page.goto(CERTIFICATES);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(5);
  // The page's own (same-origin) fetches: the mock's controls, another resource, another account.
  const answers = await page.evaluate(async (account) => {
    const call = async (method: string, path: string) => {
      const response = await fetch(`/client/v4${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' ? undefined : JSON.stringify({ name: 'empty' }),
      });
      return { status: response.status, body: await response.json() };
    };
    return [
      await call('POST', `/accounts/${account}/__mock/scenario`),
      await call('DELETE', `/accounts/${account}/gateway/configuration`),
      await call('GET', `/accounts/${account}/gateway/rules`),
      await call('GET', '/accounts/ffffffffffffffffffffffffffffffff/gateway/certificates'),
      await call('GET', '/user/tokens/verify'),
    ];
  }, LIVE_ACCOUNT_ID);
  for (const answer of answers) {
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ success: false, result: null, errors: [{ code: 9404 }] });
  }
  // Had the scenario call got through, the account would now be empty.
  expect(await upstream(request).certificates()).toHaveLength(4);
});

test('a cross-site form POST is refused before it reaches the upstream', async ({ page, request }) => {
  // An attacker's page on another site, posting a form at the server (classic CSRF).
  await page.route('http://attacker.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<form method="post" enctype="text/plain" action="${LIVE_URL}/client/v4/accounts/${LIVE_ACCOUNT_ID}/gateway/certificates">
        <input name='{"validity_period_days":1,"x":"' value='"}'><button>Win a prize</button></form>`,
    }),
  );
  await page.goto('http://attacker.test/');
  const answer = page.waitForResponse(
    `${LIVE_URL}/client/v4/accounts/${LIVE_ACCOUNT_ID}/gateway/certificates`,
  );
  await page.getByRole('button', { name: 'Win a prize' }).click();
  const response = await answer;
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ success: false, errors: [{ code: 9403 }] });
  expect(await upstream(request).certificates()).toHaveLength(4);
});
