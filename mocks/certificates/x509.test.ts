// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { pemToDer } from '../../src/lib/x509/pem';
import { DAY_MS, defaultCertificates, expectFailure, expectSuccess, must, startMock } from '../test-support';

const OPENSSL = '/usr/bin/openssl';

const openssl = (args: string[], input?: string | Uint8Array) =>
  execFileSync(OPENSSL, args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

/** `openssl x509 -noout -dates` as epoch milliseconds. */
function validity(pem: string) {
  const dates = openssl(['x509', '-noout', '-dates', '-dateopt', 'iso_8601'], pem);
  const read = (name: string) =>
    Date.parse(must(new RegExp(`${name}=(.+)`).exec(dates)?.[1]).replace(' ', 'T'));
  return { notBefore: read('notBefore'), notAfter: read('notAfter') };
}

const opensslFingerprint = (pem: string) =>
  openssl(['x509', '-noout', '-fingerprint', '-sha256'], pem).trim().split('=')[1];

/** An administrator's own root CA, made by openssl in a throwaway directory. */
function opensslCa(keyAlgorithm: string[], { ca = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'zt-ca-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const key = join(dir, 'key.pem');
  const certificate = join(dir, 'cert.pem');
  openssl([
    'req',
    '-x509',
    ...keyAlgorithm,
    '-nodes',
    '-keyout',
    key,
    '-out',
    certificate,
    '-subj',
    '/O=Example Corp/CN=Example Corp Root CA',
    '-days',
    '30',
    '-addext',
    `basicConstraints=critical,CA:${ca ? 'TRUE' : 'FALSE'}`,
    '-addext',
    ca ? 'keyUsage=critical,keyCertSign,cRLSign' : 'keyUsage=critical,digitalSignature',
  ]);
  return { pem: readFileSync(certificate, 'utf8'), keyPem: readFileSync(key, 'utf8') };
}

test('a generated certificate is a real root CA: openssl reads CA:TRUE, Certificate Sign and CRL Sign', async () => {
  const mock = startMock();

  const generated = expectSuccess(await mock.generate({ validity_period_days: 397 }));

  const text = openssl(['x509', '-noout', '-text'], generated.certificate);
  expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:TRUE/);
  expect(text).toMatch(/X509v3 Key Usage: critical\s+Certificate Sign, CRL Sign/);
  expect(text).toContain('Signature Algorithm: ecdsa-with-SHA256');
  expect(text).toContain('NIST CURVE: P-256');
  expect(text).toContain('X509v3 Subject Key Identifier');
  const issuer = openssl(['x509', '-noout', '-issuer'], generated.certificate).trim();
  expect(issuer.replaceAll(' = ', '=')).toBe(`issuer=${generated.issuer_raw}`);
  expect(generated.issuer_org).toBe('Cloudflare');
});

test('openssl sees exactly the requested validity, including past 2049 (GeneralizedTime)', async () => {
  const mock = startMock();

  for (const days of [1, 397, 10950]) {
    const generated = expectSuccess(await mock.generate({ validity_period_days: days }));
    const { notBefore, notAfter } = validity(generated.certificate);
    expect((notAfter - notBefore) / DAY_MS).toBe(days);
    expect(notBefore).toBe(Date.parse(generated.created_at));
    expect(notAfter).toBe(Date.parse(generated.expires_on));
  }
});

test('the API’s fingerprint is openssl’s SHA-256 fingerprint, of the PEM and of the DER (.crt)', async () => {
  const mock = startMock();
  const generated = expectSuccess(await mock.generate());
  const seeded = await defaultCertificates(mock);

  for (const certificate of [generated, ...seeded.all]) {
    expect(opensslFingerprint(certificate.certificate)).toBe(certificate.fingerprint);
    const der = pemToDer(certificate.certificate);
    expect(
      openssl(['x509', '-inform', 'DER', '-noout', '-fingerprint', '-sha256'], der).trim().split('=')[1],
    ).toBe(certificate.fingerprint);
  }
});

test('the seeded expired certificate is expired for openssl too', async () => {
  const mock = startMock();
  const { expired } = await defaultCertificates(mock);

  expect(validity(expired.certificate).notAfter).toBeLessThan(mock.now());
  expect(validity(expired.certificate).notAfter).toBe(Date.parse(expired.expires_on));
});

test('an ECDSA root CA made by openssl uploads, with openssl’s fingerprint', async () => {
  const mock = startMock({ start: Math.floor(Date.now() / 1000) * 1000 + 60_000 });
  const ca = opensslCa(['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256']);

  const uploaded = expectSuccess(
    await mock.upload({ name: 'openssl EC root', certificates: ca.pem, private_key: ca.keyPem, ca: true }),
  );

  const listed = expectSuccess(await mock.get(uploaded.id));
  expect(listed.fingerprint).toBe(opensslFingerprint(ca.pem));
  expect(listed.issuer_org).toBe('Example Corp');
  expect(uploaded.signature).toBe('ECDSA');
});

test('an RSA 2048 root CA made by openssl uploads', async () => {
  const mock = startMock({ start: Math.floor(Date.now() / 1000) * 1000 + 60_000 });
  const ca = opensslCa(['-newkey', 'rsa:2048']);

  const uploaded = expectSuccess(
    await mock.upload({ name: 'openssl RSA root', certificates: ca.pem, private_key: ca.keyPem, ca: true }),
  );

  expect(expectSuccess(await mock.get(uploaded.id)).fingerprint).toBe(opensslFingerprint(ca.pem));
});

test('an openssl-made SEC1 key (BEGIN EC PRIVATE KEY) is accepted; uploads that are not usable are refused, naming the problem', async () => {
  const mock = startMock({ start: Math.floor(Date.now() / 1000) * 1000 + 60_000 });
  const ca = opensslCa(['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256']);
  const upload = (certificates: string, privateKey: string) =>
    mock.upload({ name: 'root', certificates, private_key: privateKey, ca: true });
  const traditionalKey = openssl(['pkey', '-traditional'], ca.keyPem);
  const otherKey = openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']);
  const leaf = opensslCa(['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'], { ca: false });

  expect(traditionalKey).toContain('BEGIN EC PRIVATE KEY');
  expectSuccess(await upload(ca.pem, traditionalKey));
  expectFailure(await upload(ca.pem, otherKey), 400, /does not match the certificate/);
  expectFailure(await upload(`${ca.pem}${ca.pem}`, ca.keyPem), 400, /chain of 2 certificates/);
  expectFailure(await upload(leaf.pem, leaf.keyPem), 400, /not a CA/);
  mock.advance(31 * DAY_MS);
  expectFailure(await upload(ca.pem, ca.keyPem), 400, /expired on/);
});
