// @vitest-environment node
import { expect, test } from 'vitest';
import { hasOpenssl, opensslField as openssl, opensslCa, opensslText } from '../../../test-kit/openssl';
import { makeCertificate, P256 } from '../../../test-kit/webcrypto-ca';
import { describeCertificate } from './describe-certificate';

test.skipIf(!hasOpenssl)('a CA made by openssl req -x509 reads as openssl reads it', async () => {
  const pem = opensslCa().cert;

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
  const text = opensslText(pem);
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
  const text = opensslText(ca.pem);
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
