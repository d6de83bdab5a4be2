import { readFile } from 'node:fs/promises';
import { opensslCa, opensslField } from '../test-kit/openssl';
import { detail, drawer, expect, fetchFromPage, test } from './fixtures';

test("an uploaded openssl CA's details read as openssl reads them, fingerprints included", async ({
  openCertificates,
  accountId,
  page,
}, testInfo) => {
  const ca = opensslCa();
  await openCertificates({ scenario: 'empty' });
  const uploaded = await fetchFromPage<{ success: boolean }>(
    page,
    'POST',
    `/accounts/${accountId}/mtls_certificates`,
    { name: 'Acme root', certificates: ca.cert, private_key: ca.key, ca: true },
  );
  expect(uploaded.success).toBe(true);
  await page.reload();

  await page.getByRole('link', { name: 'Acme root', exact: true }).click();
  const started = Date.now();
  const sheet = drawer(page, 'Acme root');
  const section = sheet.getByRole('region', { name: 'Certificate details' });
  const sha256 = detail(section, 'Fingerprint (SHA-256)').locator('code');
  await expect(sha256).toHaveText(opensslField(ca.cert, '-fingerprint', '-sha256'));
  const shownAfterMs = Date.now() - started;
  testInfo.annotations.push({ type: 'details shown after (ms)', description: String(shownAfterMs) });
  console.log(`Certificate details shown ${shownAfterMs} ms after opening the drawer`);

  await expect(detail(section, 'Fingerprint (SHA-1)').locator('code')).toHaveText(
    opensslField(ca.cert, '-fingerprint', '-sha1'),
  );
  const serial = opensslField(ca.cert, '-serial');
  await expect(detail(section, 'Serial number')).toHaveText(serial.match(/../g)?.join(':') ?? serial);
  await expect(detail(section, 'Subject')).toHaveText('O=Acme, CN=Acme Root');
  await expect(detail(section, 'Issued by')).toHaveText('O=Acme, CN=Acme Root (self-signed)');
  await expect(detail(section, 'Public key')).toHaveText('RSA, 2048 bits');
  await expect(detail(section, 'Signature algorithm')).toHaveText('sha256WithRSAEncryption');
  await expect(detail(section, 'Basic constraints')).toHaveText('CA:TRUE (critical)');
  await expect(detail(section, 'Key usage')).toHaveText('Certificate Sign, CRL Sign (critical)');
  const notAfterYear = new Date(opensslField(ca.cert, '-enddate')).getUTCFullYear();
  await expect(detail(section, 'Valid until')).toContainText(String(notAfterYear));
  // The API's fingerprint (Basic information) and the one read from the certificate agree.
  await expect(detail(sheet, 'SHA-256 fingerprint').locator('code')).toHaveText(
    opensslField(ca.cert, '-fingerprint', '-sha256'),
  );
  await expect(section.getByRole('alert')).toHaveCount(0);
});

test('a generated certificate: the downloaded .pem has the SHA-1 and SHA-256 fingerprints the drawer shows', async ({
  openCertificates,
  page,
}, testInfo) => {
  await openCertificates({ scenario: 'default' });
  await page
    .getByRole('row')
    .filter({ hasText: 'Available and In-Use' })
    .getByRole('link', { name: /^Certificate / })
    .click();
  const sheet = drawer(page);
  const section = sheet.getByRole('region', { name: 'Certificate details' });
  await expect(detail(section, 'Basic constraints')).toHaveText(/^CA:TRUE/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    sheet.getByRole('button', { name: 'Download .pem' }).click(),
  ]);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const pem = await readFile(path, 'utf8');

  await expect(detail(section, 'Fingerprint (SHA-1)').locator('code')).toHaveText(
    opensslField(pem, '-fingerprint', '-sha1'),
  );
  await expect(detail(section, 'Fingerprint (SHA-256)').locator('code')).toHaveText(
    opensslField(pem, '-fingerprint', '-sha256'),
  );
});
