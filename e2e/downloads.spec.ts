import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { BasicConstraintsExtension, X509Certificate } from '@peculiar/x509';
import type { Page } from '@playwright/test';
import { detail, drawer, expect, test } from './fixtures';

const DAY_MS = 86_400_000;

/** Clicks a download button and keeps the file in the test's output folder. */
async function download(page: Page, button: string, folder: (name: string) => string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = folder(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, bytes: await readFile(path) };
}

/** "AB:CD:…", the way the screen and the API write a SHA-256 fingerprint. */
const colonHex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(':');

/** What `openssl x509 -fingerprint -sha256` says, e.g. "sha256 Fingerprint=AB:CD:…". */
const opensslFingerprint = (path: string, inform: 'PEM' | 'DER') =>
  execFileSync(
    '/usr/bin/openssl',
    ['x509', '-inform', inform, '-in', path, '-noout', '-fingerprint', '-sha256'],
    {
      encoding: 'utf8',
    },
  )
    .trim()
    .replace(/^sha256 Fingerprint=/i, '');

test('downloads the .pem and the .crt of a new certificate; both parse as its root CA with the fingerprint shown', async ({
  openCertificates,
  page,
}, testInfo) => {
  await openCertificates({ scenario: 'empty' });
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate certificate' });
  await dialog.getByRole('radio', { name: 'Custom' }).check();
  await dialog.getByRole('textbox', { name: 'Days' }).fill('400');
  await dialog.getByRole('button', { name: 'Generate certificate' }).click();

  const sheet = drawer(page);
  await expect(detail(sheet, 'Status')).toHaveText('Inactive');
  const title = (await sheet.getByRole('heading').first().textContent()) ?? '';
  const shortId = title.replace('Certificate ', '');
  const fingerprint = (await detail(sheet, 'SHA-256 fingerprint').getByRole('code').textContent()) ?? '';
  expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  const issuerOrg = (await detail(sheet, 'Issuer organization').textContent()) ?? '';
  const certificateId = (await detail(sheet, 'Certificate ID').getByRole('code').textContent()) ?? '';
  expect(certificateId.startsWith(shortId)).toBe(true);

  // .pem: the PEM text.
  const pem = await download(page, 'Download .pem', (name) => testInfo.outputPath(name));
  expect(pem.name).toBe(`gateway-ca-${shortId}.pem`);
  const pemText = pem.bytes.toString('utf8');
  expect(pemText).toMatch(
    /^-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----\r?\n$/,
  );
  const fromPem = new X509Certificate(pemText);
  expect(colonHex(await fromPem.getThumbprint('SHA-256'))).toBe(fingerprint);
  expect(opensslFingerprint(pem.path, 'PEM')).toBe(fingerprint);

  // .crt: the same certificate's DER bytes.
  const crt = await download(page, 'Download .crt', (name) => testInfo.outputPath(name));
  expect(crt.name).toBe(`gateway-ca-${shortId}.crt`);
  expect(crt.bytes[0]).toBe(0x30); // a DER SEQUENCE, not text
  const fromCrt = new X509Certificate(new Uint8Array(crt.bytes));
  expect(Buffer.from(fromCrt.rawData).equals(Buffer.from(fromPem.rawData))).toBe(true);
  expect(colonHex(await fromCrt.getThumbprint('SHA-256'))).toBe(fingerprint);
  expect(opensslFingerprint(crt.path, 'DER')).toBe(fingerprint);

  // It is what the drawer describes: a self-signed root CA, valid for the 400 days asked for.
  const constraints = fromCrt.getExtension(BasicConstraintsExtension);
  expect(constraints?.ca).toBe(true);
  expect(fromCrt.subject).toBe(fromCrt.issuer);
  expect(await fromCrt.verify({ signatureOnly: true })).toBe(true);
  expect(fromCrt.issuer).toContain(`O=${issuerOrg}`);
  const validDays = (fromCrt.notAfter.getTime() - fromCrt.notBefore.getTime()) / DAY_MS;
  expect(Math.round(validDays)).toBe(400);
  await expect(detail(sheet, 'Expires')).toContainText('(in 400 days)');

  // openssl reads the same validity and issuer from the file.
  const text = execFileSync(
    '/usr/bin/openssl',
    ['x509', '-inform', 'DER', '-in', crt.path, '-noout', '-enddate', '-issuer', '-ext', 'basicConstraints'],
    { encoding: 'utf8' },
  );
  expect(text).toContain('CA:TRUE');
  expect(new Date(/notAfter=(.*)/.exec(text)?.[1] ?? '').getTime()).toBe(fromCrt.notAfter.getTime());
});
