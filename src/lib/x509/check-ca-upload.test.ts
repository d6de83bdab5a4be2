// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hasOpenssl, opensslCa } from '../../../test-kit/openssl';
import {
  generateKeys,
  makeCertificate,
  P256,
  P384,
  P521,
  privateKeyPem,
  RSA_1024,
  RSA_2048,
  type TestCertificate,
} from '../../../test-kit/webcrypto-ca';
import { formatDate } from '../format-date';
import { type CaUpload, checkCaUpload } from './check-ca-upload';
import { sha256Fingerprint } from './pem';

const NOW = new Date();
const DAY_MS = 86_400_000;

const uploadOf = (made: TestCertificate): CaUpload => ({ certificate: made.pem, privateKey: made.keyPem });

async function expectProblem(upload: CaUpload, field: 'certificate' | 'privateKey', message: RegExp) {
  const result = await checkCaUpload(upload, NOW);
  if (result.ok) throw new Error('Expected the upload to be refused');
  expect(result.field).toBe(field);
  expect(result.message).toMatch(message);
  return result.message;
}

describe('accepted', () => {
  test('an RSA 2048 root CA with its key', async () => {
    const ca = await makeCertificate({ algorithm: RSA_2048, name: 'O=Acme, CN=Acme Root' });

    const result = await checkCaUpload(uploadOf(ca), NOW);

    expect(result).toMatchObject({ ok: true, issuerOrg: 'Acme' });
    if (!result.ok) return;
    expect(result.fingerprint).toBe(await sha256Fingerprint(new Uint8Array(ca.certificate.rawData)));
    expect(result.pem).toContain('-----BEGIN CERTIFICATE-----');
  });

  test('a P-256 root CA with its key', async () => {
    expect(await checkCaUpload(uploadOf(await makeCertificate({ algorithm: P256 })), NOW)).toMatchObject({
      ok: true,
    });
  });

  test('a P-384 root CA with its key', async () => {
    expect(await checkCaUpload(uploadOf(await makeCertificate({ algorithm: P384 })), NOW)).toMatchObject({
      ok: true,
    });
  });

  test('a PKCS#1 key (BEGIN RSA PRIVATE KEY), as openssl and most CAs hand it out', async () => {
    const ca = await makeCertificate({ algorithm: RSA_2048 });
    const pkcs1 = createPrivateKey(ca.keyPem).export({ type: 'pkcs1', format: 'pem' }).toString();
    expect(pkcs1).toContain('-----BEGIN RSA PRIVATE KEY-----');

    expect(await checkCaUpload({ certificate: ca.pem, privateKey: pkcs1 }, NOW)).toMatchObject({ ok: true });
  });

  test.each([
    ['P-256', P256],
    ['P-384', P384],
  ])('a SEC1 key (BEGIN EC PRIVATE KEY) on %s', async (_, algorithm) => {
    const ca = await makeCertificate({ algorithm });
    const sec1 = createPrivateKey(ca.keyPem).export({ type: 'sec1', format: 'pem' }).toString();
    expect(sec1).toContain('-----BEGIN EC PRIVATE KEY-----');

    expect(await checkCaUpload({ certificate: ca.pem, privateKey: sec1 }, NOW)).toMatchObject({ ok: true });
  });

  test.skipIf(!hasOpenssl)('a SEC1 key from openssl ecparam -genkey, with its EC PARAMETERS block', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-upload-'));
    try {
      execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-out', 'key.pem'], {
        cwd: dir,
        stdio: 'pipe',
      });
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-key',
          'key.pem',
          '-out',
          'cert.pem',
          '-days',
          '365',
          '-subj',
          '/O=Acme/CN=Acme EC Root',
          '-addext',
          'basicConstraints=critical,CA:TRUE',
        ],
        { cwd: dir, stdio: 'pipe' },
      );
      const privateKey = readFileSync(join(dir, 'key.pem'), 'utf8');
      expect(privateKey).toContain('-----BEGIN EC PARAMETERS-----');
      const upload = { certificate: readFileSync(join(dir, 'cert.pem'), 'utf8'), privateKey };
      return expect(checkCaUpload(upload, new Date())).resolves.toMatchObject({ ok: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.skipIf(!hasOpenssl)('a CA made with openssl req -x509', () => {
    const ca = opensslCa();
    // openssl starts the validity now, so check against a clock read after it ran.
    return expect(
      checkCaUpload({ certificate: ca.cert, privateKey: ca.key }, new Date()),
    ).resolves.toMatchObject({
      ok: true,
      issuerOrg: 'Acme',
    });
  });
});

describe('refused, each with its own message', () => {
  test('text that is not PEM', async () => {
    await expectProblem(
      { certificate: 'hello, I am a certificate', privateKey: '' },
      'certificate',
      /^The certificate is not PEM: paste the text that starts with -----BEGIN CERTIFICATE-----\.$/,
    );
  });

  test('a certificate block whose body is not base64', async () => {
    await expectProblem(
      {
        certificate: '-----BEGIN CERTIFICATE-----\n%%%not base64%%%\n-----END CERTIFICATE-----',
        privateKey: '',
      },
      'certificate',
      /damaged: its body is not base64/,
    );
  });

  test('a certificate block that is not X.509', async () => {
    await expectProblem(
      { certificate: '-----BEGIN CERTIFICATE-----\nAAECAwQF\n-----END CERTIFICATE-----', privateKey: '' },
      'certificate',
      /could not be read as an X\.509 certificate/,
    );
  });

  test('a private key pasted in the certificate field', async () => {
    const ca = await makeCertificate();
    await expectProblem(
      { certificate: ca.keyPem, privateKey: ca.keyPem },
      'certificate',
      /^This is a private key: paste it in the Private key field, and the certificate here\.$/,
    );
  });

  test('a chain where one certificate was expected', async () => {
    const root = await makeCertificate({ name: 'CN=Root' });
    const intermediate = await makeCertificate({ name: 'CN=Intermediate', issuer: root, pathLength: 0 });

    await expectProblem(
      { certificate: `${intermediate.pem}\n${root.pem}`, privateKey: intermediate.keyPem },
      'certificate',
      /^This is a chain of 2 certificates: upload only the root CA certificate\.$/,
    );
  });

  test('a leaf certificate (basicConstraints CA:FALSE)', async () => {
    const root = await makeCertificate({ name: 'CN=Root' });
    const leaf = await makeCertificate({ name: 'CN=www.example.com', ca: false, issuer: root });

    await expectProblem(uploadOf(leaf), 'certificate', /not a CA \(basicConstraints CA:TRUE is missing\)/);
  });

  test('a certificate without basicConstraints at all', async () => {
    const noConstraints = await makeCertificate({ ca: null });

    await expectProblem(
      uploadOf(noConstraints),
      'certificate',
      /not a CA \(basicConstraints CA:TRUE is missing\)/,
    );
  });

  test('an expired CA, naming the day it expired', async () => {
    const notBefore = new Date(NOW.getTime() - 400 * DAY_MS);
    const expired = await makeCertificate({ notBefore, days: 365 });
    const day = formatDate(expired.certificate.notAfter);

    await expectProblem(
      uploadOf(expired),
      'certificate',
      new RegExp(`^This certificate expired on ${day}\\.$`),
    );
  });

  test('a CA that is not valid yet, naming the day it starts', async () => {
    const future = await makeCertificate({ notBefore: new Date(NOW.getTime() + 10 * DAY_MS) });
    const day = formatDate(future.certificate.notBefore);

    await expectProblem(
      uploadOf(future),
      'certificate',
      new RegExp(`^This certificate is not valid until ${day}\\.$`),
    );
  });

  test('a CA made a minute ahead of this clock is accepted, not "not valid yet"', async () => {
    const skewed = await makeCertificate({ notBefore: new Date(NOW.getTime() + 60_000) });
    expect((await checkCaUpload(uploadOf(skewed), NOW)).ok).toBe(true);
  });

  test('a weak key: RSA 1024 bits', async () => {
    const weak = await makeCertificate({ algorithm: RSA_1024 });

    await expectProblem(
      uploadOf(weak),
      'certificate',
      /^The certificate's RSA key is 1024 bits; use at least 2048 bits\.$/,
    );
  });

  test('a curve other than P-256 or P-384: P-521', async () => {
    const p521 = await makeCertificate({ algorithm: P521 });

    await expectProblem(
      uploadOf(p521),
      'certificate',
      /^The certificate's P-521 curve is not accepted; use P-256 or P-384\.$/,
    );
  });

  test('a key that does not match the certificate', async () => {
    const ca = await makeCertificate({ algorithm: RSA_2048 });
    const otherKey = await privateKeyPem(await generateKeys(RSA_2048));

    await expectProblem(
      { certificate: ca.pem, privateKey: otherKey },
      'privateKey',
      /^The private key does not match the certificate\.$/,
    );
  });

  test('a key of another kind than the certificate (P-256 key for an RSA certificate)', async () => {
    const ca = await makeCertificate({ algorithm: RSA_2048 });
    const ecKey = await privateKeyPem(await generateKeys(P256));

    await expectProblem(
      { certificate: ca.pem, privateKey: ecKey },
      'privateKey',
      /could not be read as the same kind of key as the certificate's/,
    );
  });

  test('a private key field that is not PEM', async () => {
    const ca = await makeCertificate();

    await expectProblem(
      { certificate: ca.pem, privateKey: 'secret' },
      'privateKey',
      /^The private key is not PEM/,
    );
  });

  test('the certificate pasted in the private key field', async () => {
    const ca = await makeCertificate();

    await expectProblem(
      { certificate: ca.pem, privateKey: ca.pem },
      'privateKey',
      /^This is a certificate: paste it in the Certificate field/,
    );
  });

  test('a PKCS#1 key for a certificate of another kind (an EC certificate)', async () => {
    const ca = await makeCertificate({ algorithm: P256 });
    const rsa = await makeCertificate({ algorithm: RSA_2048 });
    const pkcs1 = createPrivateKey(rsa.keyPem).export({ type: 'pkcs1', format: 'pem' }).toString();

    await expectProblem(
      { certificate: ca.pem, privateKey: pkcs1 },
      'privateKey',
      /could not be read as the same kind of key as the certificate's/,
    );
  });

  test('an RSA PRIVATE KEY block that is not an RSA key', async () => {
    const ca = await makeCertificate({ algorithm: RSA_2048 });
    await expectProblem(
      {
        certificate: ca.pem,
        privateKey: '-----BEGIN RSA PRIVATE KEY-----\nAAECAwQF\n-----END RSA PRIVATE KEY-----',
      },
      'privateKey',
      /^The RSA PRIVATE KEY block could not be read as an RSA private key\.$/,
    );
  });

  test('an intermediate CA (not self-signed), saying only a root CA is accepted', async () => {
    const root = await makeCertificate({ name: 'O=Acme, CN=Acme Root' });
    const intermediate = await makeCertificate({
      name: 'O=Acme, CN=Acme Issuing CA',
      issuer: root,
      pathLength: 0,
    });

    await expectProblem(
      uploadOf(intermediate),
      'certificate',
      /^This is an intermediate CA, issued by .*Acme Root.*: only a root CA \(self-signed, issued by itself\) is accepted\./,
    );
  });

  test('an encrypted traditional key (Proc-Type: 4,ENCRYPTED)', async () => {
    const ca = await makeCertificate({ algorithm: RSA_2048 });
    const encrypted = createPrivateKey(ca.keyPem)
      .export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'secret' })
      .toString();

    await expectProblem(
      { certificate: ca.pem, privateKey: encrypted },
      'privateKey',
      /^The private key is encrypted: decrypt it first/,
    );
  });

  test('an encrypted private key', async () => {
    const ca = await makeCertificate();
    const encrypted = createPrivateKey(ca.keyPem)
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'secret' })
      .toString();

    await expectProblem(
      { certificate: ca.pem, privateKey: encrypted },
      'privateKey',
      /^The private key is encrypted: decrypt it first/,
    );
  });
});
