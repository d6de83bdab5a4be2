import type { Locator, Page } from '@playwright/test';
import { formatDate } from '../src/lib/format-date';
import { opensslCa } from '../test-kit/openssl';
import { makeCertificate, RSA_2048 } from '../test-kit/webcrypto-ca';
import { type ApiCall, detail, drawer, expect, test } from './fixtures';

const DAY_MS = 86_400_000;

const uploadPosts = (calls: ApiCall[]) =>
  calls.filter((call) => call.method === 'POST' && call.path.endsWith('/mtls_certificates'));

async function openUploadDialog(page: Page) {
  await page.getByRole('button', { name: 'Upload certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upload certificate' });
  await expect(dialog).toBeVisible();
  return {
    dialog,
    name: dialog.getByLabel('Certificate name', { exact: true }),
    certificate: dialog.getByLabel('Certificate', { exact: true }),
    privateKey: dialog.getByLabel('Private key', { exact: true }),
    submit: dialog.getByRole('button', { name: 'Upload certificate' }),
  };
}

/** The list row of a certificate, found by the name it was given. */
const rowNamed = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

test('a CA made with openssl req -x509 uploads, lists as Custom, activates and turns on', async ({
  openCertificates,
  mockBehaviour,
  apiCalls,
  axe,
  page,
}) => {
  // Upload, axe, deployment and turning on, in one flow: allow it more than one default timeout.
  test.slow();
  const ca = opensslCa();
  await openCertificates({ scenario: 'default' });
  await mockBehaviour({ pendingMs: 500 });

  const form = await openUploadDialog(page);
  await form.name.fill('Acme root');
  await form.certificate.fill(ca.cert);
  await form.privateKey.fill(ca.key);
  expect(await axe({ include: '[role="dialog"]' })).toEqual([]);
  await form.submit.click();

  // The dialog closes and the new certificate's drawer opens: Custom, Inactive, its key nowhere.
  const sheet = drawer(page, 'Acme root');
  await expect(detail(sheet, 'Type')).toHaveText('Custom');
  await expect(detail(sheet, 'Status')).toHaveText('Inactive');
  await expect(form.dialog).toBeHidden();
  const posts = uploadPosts(apiCalls);
  expect(posts).toHaveLength(1);
  expect(posts[0]?.body).toMatchObject({ name: 'Acme root', ca: true });
  const keyLine = ca.key.split('\n')[1] ?? '';
  expect(await page.locator('body').textContent()).not.toContain(keyLine);

  // The same lifecycle as a generated certificate: activate, wait for Available, turn on.
  const actions = sheet.getByRole('region', { name: 'Actions' });
  await actions.getByRole('button', { name: 'Activate' }).click();
  await expect(detail(sheet, 'Status')).toHaveText('Available');
  await sheet
    .getByRole('region', { name: 'Basic information' })
    .getByRole('button', { name: 'Confirm and turn on certificate' })
    .click();
  const confirm = page.getByRole('alertdialog', { name: 'Turn on this certificate?' });
  await confirm.getByRole('button', { name: 'Turn on certificate' }).click();
  await expect(confirm).toBeHidden();
  await expect(detail(sheet, 'Status')).toHaveText('Available and In-Use');

  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  const row = rowNamed(page, 'Acme root');
  await expect(row.getByRole('cell').nth(0)).toHaveText('Custom');
  await expect(row.getByRole('cell').nth(1)).toHaveText('Available and In-Use');
  await expect(page.getByRole('table').getByText('Available and In-Use', { exact: true })).toHaveCount(1);
});

test('each bad upload is refused beside its field with its own message, and nothing is sent', async ({
  openCertificates,
  apiCalls,
  axe,
  page,
}) => {
  const good = opensslCa();
  const other = opensslCa({ subject: '/O=Other/CN=Other Root' });
  const leaf = opensslCa({
    subject: '/CN=www.example.com',
    extensions: ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature'],
  });
  const weak = opensslCa({ key: ['-newkey', 'rsa:1024'] });
  const p521 = opensslCa({ key: ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-521'] });
  const expired = await makeCertificate({
    algorithm: RSA_2048,
    notBefore: new Date(Date.now() - 400 * DAY_MS),
    days: 365,
  });
  const expiredOn = formatDate(expired.certificate.notAfter);
  await openCertificates({ scenario: 'default' });
  const form = await openUploadDialog(page);

  const cases: Array<{
    what: string;
    certificate: string;
    privateKey: string;
    field: Locator;
    message: string;
  }> = [
    {
      what: 'not PEM',
      certificate: 'Acme Root CA, see attachment',
      privateKey: good.key,
      field: form.certificate,
      message: 'The certificate is not PEM: paste the text that starts with -----BEGIN CERTIFICATE-----.',
    },
    {
      what: 'a key in the certificate field',
      certificate: good.key,
      privateKey: good.key,
      field: form.certificate,
      message: 'This is a private key: paste it in the Private key field, and the certificate here.',
    },
    {
      what: 'a chain',
      certificate: `${good.cert}${other.cert}`,
      privateKey: good.key,
      field: form.certificate,
      message: 'This is a chain of 2 certificates: upload only the root CA certificate.',
    },
    {
      what: 'not a CA',
      certificate: leaf.cert,
      privateKey: leaf.key,
      field: form.certificate,
      message:
        'This certificate is not a CA (basicConstraints CA:TRUE is missing): Gateway needs a root CA to sign with.',
    },
    {
      what: 'expired',
      certificate: expired.pem,
      privateKey: expired.keyPem,
      field: form.certificate,
      message: `This certificate expired on ${expiredOn}.`,
    },
    {
      what: 'a 1024-bit RSA key',
      certificate: weak.cert,
      privateKey: weak.key,
      field: form.certificate,
      message: "The certificate's RSA key is 1024 bits; use at least 2048 bits.",
    },
    {
      what: 'a P-521 key',
      certificate: p521.cert,
      privateKey: p521.key,
      field: form.certificate,
      message: "The certificate's P-521 curve is not accepted; use P-256 or P-384.",
    },
    {
      what: 'a key that does not match',
      certificate: good.cert,
      privateKey: other.key,
      field: form.privateKey,
      message: 'The private key does not match the certificate.',
    },
  ];

  await form.name.fill('Acme root');
  for (const { what, certificate, privateKey, field, message } of cases) {
    await form.certificate.fill(certificate);
    await form.privateKey.fill(privateKey);
    await form.submit.click();
    await expect(form.dialog.getByRole('alert'), what).toHaveText(message);
    await expect(field, what).toHaveAttribute('aria-invalid', 'true');
    await expect(field, what).toHaveAccessibleDescription(
      new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
    await expect(field, what).toBeFocused();
  }
  expect(await axe({ include: '[role="dialog"]' })).toEqual([]);
  expect(uploadPosts(apiCalls)).toHaveLength(0);
});

test('a .crt file (DER) fills the Certificate field; a file over 1 MB is refused; names stay text', async ({
  openCertificates,
  apiCalls,
  page,
}) => {
  const ca = opensslCa();
  await openCertificates({ scenario: 'default' });
  const form = await openUploadDialog(page);
  const certificateFile = form.dialog.getByLabel('Or choose a certificate file (.pem or .crt)');

  await certificateFile.setInputFiles({
    name: 'big.pem',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(1_048_577, 65),
  });
  await expect(form.dialog.getByRole('alert')).toHaveText(
    'big.pem is larger than 1 MB: a certificate file is a few kilobytes. Choose the certificate itself.',
  );
  await expect(form.certificate).toHaveValue('');

  await certificateFile.setInputFiles({
    name: 'acme.crt',
    mimeType: 'application/x-x509-ca-cert',
    buffer: ca.der,
  });
  await expect(form.dialog.getByRole('status')).toHaveText('Read acme.crt (DER, converted to PEM).');
  await expect(form.certificate).toHaveValue(ca.cert);

  const name = '<img src=x onerror="window.__injected=1">Acme DER';
  await form.name.fill(name);
  await form.privateKey.fill(ca.key);
  await form.submit.click();
  const sheet = drawer(page, name);
  await expect(detail(sheet, 'Type')).toHaveText('Custom');
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  expect(uploadPosts(apiCalls)).toHaveLength(1);
});

test("the API's refusal is shown: a sixth custom certificate, uploaded elsewhere meanwhile", async ({
  openCertificates,
  accountId,
  page,
}) => {
  const ca = opensslCa();
  await openCertificates({ scenario: 'default' });
  const form = await openUploadDialog(page);
  // Someone else fills the account's 5 custom certificates while this dialog is open.
  const statuses = await page.evaluate(
    async ([account, cert, key]) => {
      const answers: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await fetch(`/client/v4/accounts/${account}/mtls_certificates`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: `Root ${i}`, certificates: cert, private_key: key, ca: true }),
        });
        answers.push(response.status);
      }
      return answers;
    },
    [accountId, ca.cert, ca.key] as const,
  );
  expect(statuses).toEqual([200, 200, 200, 200, 200]);

  await form.name.fill('One too many');
  await form.certificate.fill(ca.cert);
  await form.privateKey.fill(ca.key);
  await form.submit.click();

  await expect(form.dialog.getByRole('alert')).toHaveText(
    'This account already has 5 custom certificates, the most allowed. Delete one before uploading another.',
  );
  await expect(form.name).toHaveValue('One too many');
  // The refusal refreshed the list, so the dialog now knows the limit is reached and stops sending.
  await expect(form.submit).toBeDisabled();
});
