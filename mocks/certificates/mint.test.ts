// @vitest-environment node
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';
import { expect, onTestFinished, test } from 'vitest';
import { pemToDer, sha256Fingerprint } from '../../src/lib/x509/pem';
import { generateKeys, mintRootCa } from './mint';

const openssl = (args: string[], input?: string) =>
  execFileSync('/usr/bin/openssl', args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

test('a minted root verifies against itself in openssl, as a CA that may sign certificates and CRLs', async () => {
  const minted = await mintRootCa({ notBefore: new Date(Date.now() - 86_400_000), validityDays: 30 });
  const dir = mkdtempSync(join(tmpdir(), 'zt-mint-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'root.pem');
  writeFileSync(file, minted.pem);

  expect(openssl(['verify', '-x509_strict', '-CAfile', file, file])).toContain(': OK');
  const fingerprint = openssl(['x509', '-noout', '-fingerprint', '-sha256'], minted.pem).trim().split('=')[1];
  expect(minted.fingerprint).toBe(fingerprint);
  expect(minted.fingerprint).toBe(await sha256Fingerprint(pemToDer(minted.pem)));
});

test('the X.509 library reads what the mint wrote: names, validity, extensions and a valid signature', async () => {
  const keys = await generateKeys();
  const notBefore = new Date('2031-05-06T07:08:09.987Z');
  const minted = await mintRootCa({ notBefore, validityDays: 10950, keys, organization: 'Acme Ünïcode' });

  const certificate = new x509.X509Certificate(minted.pem);
  expect(await certificate.verify({ signatureOnly: true })).toBe(true);
  expect(certificate.issuer).toBe(certificate.subject);
  expect(certificate.issuer).toBe(minted.issuerRaw);
  expect(certificate.issuerName.getField('O')).toEqual(['Acme Ünïcode']);
  // Whole seconds, and past 2049 (GeneralizedTime) exactly as many days as asked.
  expect(certificate.notBefore.toISOString()).toBe('2031-05-06T07:08:09.000Z');
  expect(certificate.notAfter.getTime() - certificate.notBefore.getTime()).toBe(10950 * 86_400_000);
  expect(certificate.notAfter).toEqual(minted.notAfter);
  expect(certificate.serialNumber).toMatch(/^7f[0-9a-f]{30}$/);
  expect(certificate.getExtension(x509.BasicConstraintsExtension)).toMatchObject({
    ca: true,
    critical: true,
  });
  expect(certificate.getExtension(x509.KeyUsagesExtension)?.usages).toBe(
    x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
  );
  const expectedKeyId = (await x509.SubjectKeyIdentifierExtension.create(keys.publicKey)).keyId;
  expect(certificate.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId).toBe(expectedKeyId);
});

test('certificates minted with one key still differ: each has its own serial, signature and fingerprint', async () => {
  const keys = await generateKeys();
  const options = { notBefore: new Date('2026-01-01T00:00:00Z'), validityDays: 365, keys };
  const [first, second] = await Promise.all([mintRootCa(options), mintRootCa(options)]);

  expect(first.pem).not.toBe(second.pem);
  expect(first.fingerprint).not.toBe(second.fingerprint);
});
