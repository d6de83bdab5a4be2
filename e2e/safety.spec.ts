import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateRows, detail, drawer, expect, test } from './fixtures';

/** A raw RFC 3339 timestamp or a bare ISO date, which no person should have to read. */
const RAW_DATE = /\d{4}-\d\d-\d\d/;
/** The one style: "Nov 30, 2031", with ", 3:49 AM UTC" where a time shows. */
const DATE = /^[A-Z][a-z]{2} \d{1,2}, \d{4}$/;
const DATE_TIME = /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M \S+/;

test('an expired certificate is never deployed: Activate is disabled and the drawer says when it expired', async ({
  openCertificates,
  apiCalls,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await certificateRows(page).filter({ hasText: 'Expired' }).getByRole('link').click();
  const sheet = drawer(page);
  await expect(detail(sheet, 'Status')).toHaveText('Inactive');
  await expect(sheet).toContainText(
    /This certificate expired on [A-Z][a-z]{2} \d{1,2}, \d{4} \(expired [\d,]+ days ago\)\. It can no longer be activated or turned on/,
  );
  const activate = sheet.getByRole('button', { name: 'Activate', exact: true });
  await expect(activate).toBeDisabled();
  await expect(activate).toHaveAccessibleDescription(
    /^It expired on [A-Z][a-z]{2} \d{1,2}, \d{4}: an expired certificate is never deployed\. Generate a new one\.$/,
  );
  // It can still be deleted, which is the way to tidy it up.
  await expect(sheet.getByRole('button', { name: 'Delete', exact: true })).toBeEnabled();
  expect(apiCalls.filter((call) => call.path.endsWith('/activate'))).toHaveLength(0);
});

test('a certificate that expires within 30 days is turned on only through a confirmation naming its expiry', async ({
  openCertificates,
  mockBehaviour,
  axe,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await mockBehaviour({ pendingMs: 500 });
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await dialog.getByRole('radio', { name: 'Custom' }).check();
  await dialog.getByRole('textbox', { name: 'Days' }).fill('7');
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();

  const sheet = drawer(page);
  await sheet.getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(detail(sheet, 'Status')).toHaveText('Available');
  const expires = ((await detail(sheet, 'Expires').textContent()) ?? '').split(' (')[0] ?? '';
  expect(expires).toMatch(DATE_TIME);

  await sheet
    .getByRole('region', { name: 'Basic information' })
    .getByRole('button', { name: 'Confirm and turn on certificate' })
    .click();
  const confirm = page.getByRole('alertdialog', { name: 'Turn on this certificate?' });
  await expect(confirm).toContainText('This certificate expires within 30 days.');
  await expect(confirm).toContainText(`It expires on ${expires} (in 7 days).`);
  await expect(confirm).toContainText('every site Gateway inspects fails on every device');
  expect(await axe({ include: '[role="alertdialog"]' })).toEqual([]);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(detail(sheet, 'Status')).toHaveText('Available');
});

test('Deactivate asks first; Cancel sends nothing', async ({ openCertificates, apiCalls, axe, page }) => {
  await openCertificates({ scenario: 'default' });
  await certificateRows(page)
    .filter({ has: page.getByText('Available', { exact: true }) })
    .getByRole('link')
    .click();
  const sheet = drawer(page);
  await sheet.getByRole('button', { name: 'Deactivate', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: /^Deactivate Certificate [0-9a-f]{8}\?$/ });
  await expect(confirm).toContainText(
    'It disappears from devices that get it from the Cloudflare One Client.',
  );
  expect(await axe({ include: '[role="alertdialog"]' })).toEqual([]);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(detail(sheet, 'Status')).toHaveText('Available');
  expect(apiCalls.filter((call) => call.path.endsWith('/deactivate'))).toHaveLength(0);
});

test('reopened after the row moved on, the drawer shows the row’s state at once, never an older one', async ({
  openCertificates,
  mockBehaviour,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await mockBehaviour({ pendingMs: 1000 });
  const rows = certificateRows(page);
  const candidate = rows.filter({ hasText: 'Inactive' }).filter({ hasNotText: 'Expired' });
  const label = (await candidate.getByRole('link').textContent()) ?? '';
  await candidate.getByRole('link').click();
  const sheet = drawer(page, label);
  await sheet.getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(detail(sheet, 'Status')).toHaveText('Pending');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  const row = rows.filter({ has: page.getByRole('link', { name: label, exact: true }) });
  await expect(row.getByRole('cell').nth(1)).toHaveText('Available');

  // Slow answers from now on: whatever the drawer shows before its own refresh comes from what it holds.
  await mockBehaviour({ latencyMs: 3000 });
  await row.getByRole('link').click();
  await expect(detail(sheet, 'Status')).toHaveText('Available', { timeout: 1000 });
  await expect(
    sheet
      .getByRole('region', { name: 'Basic information' })
      .getByRole('button', { name: 'Confirm and turn on certificate' }),
  ).toBeEnabled({ timeout: 1000 });
});

test('the Generate dialog puts focus on the checked radio, so Space keeps 5 years', async ({
  openCertificates,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  const fiveYears = dialog.getByRole('radio', { name: '5 years (recommended)' });
  await expect(fiveYears).toBeFocused();
  await page.keyboard.press('Space');
  await expect(fiveYears).toBeChecked();
  await expect(dialog.getByRole('radio', { name: '1 year' })).not.toBeChecked();
});

test('dates are written one way in the list, the drawer and the Generate dialog; no raw ISO reaches a person', async ({
  openCertificates,
  page,
}) => {
  await openCertificates({ scenario: 'default' });
  const first = certificateRows(page).first();
  await expect(first.getByRole('cell').nth(2)).toHaveText(DATE);
  await expect(page.getByRole('main')).not.toContainText(RAW_DATE);

  await first.getByRole('link').click();
  const sheet = drawer(page);
  for (const term of ['Created', 'Updated', 'Expires', 'Valid from', 'Valid until']) {
    await expect(detail(sheet, term)).toHaveText(DATE_TIME);
  }
  // Hours are not zero-padded: "3:49 AM", never "03:49 AM".
  await expect(sheet).not.toContainText(/\b0\d:\d\d [AP]M/);
  await expect(sheet).not.toContainText(RAW_DATE);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await expect(dialog.getByText(/^Expires on [A-Z][a-z]{2} \d{1,2}, \d{4} \(1,825 days\)\.$/)).toBeVisible();
});

test('the small things: no stray line when not found, even buttons, a centred empty state, soonest expiry first, no needless Activate', async ({
  openCertificates,
  accountId,
  mockBehaviour,
  page,
}) => {
  // A certificate that does not exist: its drawer shows no "Certificate details and actions" line.
  await openCertificates({ scenario: 'default' });
  await page.goto(`/accounts/${accountId}/certificates/00000000-0000-4000-8000-000000000000`);
  const missing = page.getByRole('dialog');
  await expect(missing.getByRole('alert')).toContainText('This certificate does not exist');
  const hidden = await missing.getByText('Certificate details and actions').boundingBox();
  expect(hidden?.width ?? 0).toBeLessThanOrEqual(1);
  await page.keyboard.press('Escape');

  // The first click on Expires shows the soonest first (the expired one).
  await page.goto(`/accounts/${accountId}/certificates`);
  const rows = certificateRows(page);
  await expect(rows).toHaveCount(4);
  await page.getByRole('button', { name: /^Expires/ }).click();
  await expect(page.getByRole('columnheader', { name: /^Expires/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(rows.first()).toContainText('Expired');

  // A disabled Delete is as wide as its label, not as its reason below it.
  await rows
    .filter({ has: page.getByText('Available', { exact: true }) })
    .getByRole('link')
    .click();
  const sheet = drawer(page);
  const remove = sheet.getByRole('button', { name: 'Delete', exact: true });
  await expect(remove).toBeDisabled();
  const deactivate = sheet.getByRole('button', { name: 'Deactivate', exact: true });
  const [removeBox, deactivateBox] = [await remove.boundingBox(), await deactivate.boundingBox()];
  expect(removeBox?.width ?? 999).toBeLessThanOrEqual(deactivateBox?.width ?? 0);
  await page.keyboard.press('Escape');

  // The expired certificate in use, and an Available replacement: the banner does not say to activate it.
  await openCertificates({ scenario: 'expired-in-use' });
  await mockBehaviour({ pendingMs: 300 });
  const banner = page.getByRole('alert').filter({ hasText: 'The certificate in use' });
  await banner.getByRole('button', { name: 'Generate a replacement certificate' }).click();
  await page
    .getByRole('dialog', { name: 'Generate certificate' })
    .getByRole('button', { name: 'Generate certificate' })
    .click();
  const replacement = drawer(page);
  await replacement.getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(detail(replacement, 'Status')).toHaveText('Available');
  await page.keyboard.press('Escape');
  await expect(banner).toContainText(/Use Certificate [0-9a-f]{8} \(Available\), or generate a new one\./);
  await expect(banner).not.toContainText('Activate it');

  // The empty state: its buttons are centred under its text.
  await openCertificates({ scenario: 'empty' });
  const heading = await page.getByRole('heading', { name: 'No certificates yet' }).boundingBox();
  const generate = await page.getByRole('button', { name: 'Generate certificate' }).boundingBox();
  const upload = await page.getByRole('button', { name: 'Upload certificate' }).boundingBox();
  if (!heading || !generate || !upload) throw new Error('the empty state is not on screen');
  const buttonsCentre = (generate.x + upload.x + upload.width) / 2;
  expect(Math.abs(buttonsCentre - (heading.x + heading.width / 2))).toBeLessThanOrEqual(4);
});

/** Runs openssl in a throwaway folder; `read` and `write` reach the files there. */
function withOpenssl<T>(
  run: (
    openssl: (...args: string[]) => void,
    read: (file: string) => string,
    write: (file: string, text: string) => void,
  ) => T,
): T {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-safety-'));
  try {
    return run(
      (...args) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' }),
      (file) => readFileSync(join(dir, file), 'utf8'),
      (file, text) => writeFileSync(join(dir, file), text),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CA_EXTENSIONS = ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,cRLSign'];
const ROOT_EXTENSIONS = CA_EXTENSIONS.flatMap((extension) => ['-addext', extension]);

/** Keys as openssl and most CAs hand them out, and an intermediate CA signed by a root. */
const traditionalFiles = () =>
  withOpenssl((openssl, read, write) => {
    const root = ['-days', '365', ...ROOT_EXTENSIONS];
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'rsa.pem',
      '-out',
      'rsa.crt',
      '-subj',
      '/O=Acme/CN=Acme RSA Root',
      ...root,
    );
    openssl('rsa', '-in', 'rsa.pem', '-traditional', '-out', 'rsa-pkcs1.pem');
    openssl('ecparam', '-name', 'prime256v1', '-genkey', '-out', 'ec.pem');
    openssl('req', '-x509', '-key', 'ec.pem', '-out', 'ec.crt', '-subj', '/O=Acme/CN=Acme EC Root', ...root);
    openssl(
      'req',
      '-new',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'issuing.pem',
      '-out',
      'issuing.csr',
      '-subj',
      '/O=Acme/CN=Acme Issuing CA',
    );
    write('ca.ext', `${CA_EXTENSIONS.join('\n')}\n`);
    openssl(
      'x509',
      '-req',
      '-in',
      'issuing.csr',
      '-CA',
      'rsa.crt',
      '-CAkey',
      'rsa.pem',
      '-CAcreateserial',
      '-out',
      'issuing.crt',
      '-days',
      '30',
      '-extfile',
      'ca.ext',
    );
    return {
      pkcs1: { cert: read('rsa.crt'), key: read('rsa-pkcs1.pem') },
      sec1: { cert: read('ec.crt'), key: read('ec.pem') },
      intermediate: { cert: read('issuing.crt'), key: read('issuing.pem') },
    };
  });

test('upload takes traditional keys (BEGIN RSA PRIVATE KEY, BEGIN EC PRIVATE KEY) and refuses an intermediate', async ({
  openCertificates,
  apiCalls,
  page,
}) => {
  test.slow();
  const files = traditionalFiles();
  expect(files.pkcs1.key).toContain('-----BEGIN RSA PRIVATE KEY-----');
  expect(files.sec1.key).toContain('-----BEGIN EC PRIVATE KEY-----');
  await openCertificates({ scenario: 'default' });
  const uploads = () =>
    apiCalls.filter((call) => call.method === 'POST' && call.path.endsWith('/mtls_certificates'));

  for (const [name, { cert, key }] of [
    ['RSA root', files.pkcs1],
    ['EC root', files.sec1],
  ] as const) {
    await page.getByRole('button', { name: 'Upload certificate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Upload certificate' });
    await dialog.getByLabel('Certificate name', { exact: true }).fill(name);
    await dialog.getByLabel('Certificate', { exact: true }).fill(cert);
    await dialog.getByLabel('Private key', { exact: true }).fill(key);
    await dialog.getByRole('button', { name: 'Upload certificate' }).click();
    const sheet = drawer(page, name);
    await expect(detail(sheet, 'Type')).toHaveText('Custom');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  }
  expect(uploads()).toHaveLength(2);

  await page.getByRole('button', { name: 'Upload certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upload certificate' });
  await dialog.getByLabel('Certificate name', { exact: true }).fill('Issuing CA');
  const certificate = dialog.getByLabel('Certificate', { exact: true });
  await certificate.fill(files.intermediate.cert);
  await dialog.getByLabel('Private key', { exact: true }).fill(files.intermediate.key);
  await dialog.getByRole('button', { name: 'Upload certificate' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    /^This is an intermediate CA, issued by .*Acme RSA Root.*: only a root CA \(self-signed, issued by itself\) is accepted\. Upload the root certificate of its chain\.$/,
  );
  await expect(certificate).toHaveAttribute('aria-invalid', 'true');
  expect(uploads()).toHaveLength(2);
});
