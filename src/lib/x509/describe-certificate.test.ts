// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { describeCertificate } from './describe-certificate';
import { makeCertificate, P256 } from './test-certificates';

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
})();

/** `openssl x509 -noout <flags>` on a PEM text, with the "name=" prefix removed. */
const openssl = (pem: string, ...flags: string[]) =>
  execFileSync('openssl', ['x509', '-noout', ...flags], { input: pem })
    .toString()
    .trim()
    .split('=')[1];

test.skipIf(!hasOpenssl)('a CA made by openssl req -x509 reads as openssl reads it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'describe-'));
  let pem: string;
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'key.pem',
        '-out',
        'cert.pem',
        '-days',
        '365',
        '-subj',
        '/O=Acme/CN=Acme Root',
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
      ],
      { cwd: dir, stdio: 'pipe' },
    );
    pem = readFileSync(join(dir, 'cert.pem'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const description = await describeCertificate(pem);

  expect(description.sha1Fingerprint).toBe(openssl(pem, '-fingerprint', '-sha1'));
  expect(description.sha256Fingerprint).toBe(openssl(pem, '-fingerprint', '-sha256'));
  expect(description.serialNumber.replaceAll(':', '')).toBe(openssl(pem, '-serial'));
  expect(description).toMatchObject({
    subject: 'O=Acme, CN=Acme Root',
    issuer: 'O=Acme, CN=Acme Root',
    selfSigned: true,
    publicKey: 'RSA, 2048 bits',
    signatureAlgorithm: 'sha256WithRSAEncryption',
    basicConstraints: { text: 'CA:TRUE', critical: true },
    keyUsage: { usages: ['Certificate Sign', 'CRL Sign'], critical: true },
  });
  const text = execFileSync('openssl', ['x509', '-noout', '-text'], { input: pem }).toString();
  expect(text).toContain(`Signature Algorithm: ${description.signatureAlgorithm}`);
  expect(Date.parse(description.notAfter) - Date.parse(description.notBefore)).toBe(365 * 86_400_000);
});

test.skipIf(!hasOpenssl)('a P-256 CA with a path length reads as openssl reads it', async () => {
  const ca = await makeCertificate({ algorithm: P256, name: 'O=Example, CN=Example Root', pathLength: 1 });

  const description = await describeCertificate(ca.pem);

  expect(description.sha1Fingerprint).toBe(openssl(ca.pem, '-fingerprint', '-sha1'));
  expect(description.sha256Fingerprint).toBe(openssl(ca.pem, '-fingerprint', '-sha256'));
  expect(description.serialNumber).toBe('0A:1B:2C:3D');
  expect(description).toMatchObject({
    publicKey: 'ECDSA, P-256 (256 bits)',
    signatureAlgorithm: 'ecdsa-with-SHA256',
    basicConstraints: { text: 'CA:TRUE, pathlen:1', critical: true },
  });
  const text = execFileSync('openssl', ['x509', '-noout', '-text'], { input: ca.pem }).toString();
  expect(text).toContain('CA:TRUE, pathlen:1');
  expect(text).toContain(`Signature Algorithm: ${description.signatureAlgorithm}`);
});

test('a leaf without extensions of interest says so with nulls, not guesses', async () => {
  const leaf = await makeCertificate({ ca: null });

  const description = await describeCertificate(leaf.pem);

  expect(description.basicConstraints).toBeNull();
  expect(description.keyUsage).toEqual({ usages: ['Digital Signature'], critical: true });
});

test('text that is not a certificate is refused with a readable error', async () => {
  await expect(describeCertificate('not a certificate')).rejects.toThrow(/not PEM/);
  await expect(
    describeCertificate('-----BEGIN CERTIFICATE-----\nAAECAwQF\n-----END CERTIFICATE-----'),
  ).rejects.toThrow(/could not be read as an X\.509 certificate/);
});
