// @vitest-environment node
import { createPrivateKey } from 'node:crypto';
import { expect, test } from 'vitest';
import { formatDate } from '../../src/lib/format-date';
import { makeCertificate, RSA_2048 } from '../../test-kit/webcrypto-ca';
import { memoryPersistence } from '../store/persistence';
import {
  DAY_MS,
  defaultCertificates,
  expectFailure,
  expectSuccess,
  makeCa,
  must,
  PENDING_MS,
  START,
  startMock,
  uploadOf,
} from '../test-support';

test('an uploaded CA starts inactive, as a custom certificate in the Gateway list', async () => {
  const mock = startMock();
  const ca = await makeCa({ organization: 'Example Corp' });

  const uploaded = expectSuccess(await mock.upload(uploadOf(ca, '  Corporate root  ')));

  expect(uploaded).toMatchObject({ name: 'Corporate root', ca: true, certificates: ca.pem });
  expect(uploaded.uploaded_on).toBe(new Date(START).toISOString());
  expect(uploaded.expires_on).toBe(new Date(START - DAY_MS + 365 * DAY_MS).toISOString());
  const listed = must(expectSuccess(await mock.list()).find((certificate) => certificate.id === uploaded.id));
  expect(listed).toMatchObject({
    type: 'custom',
    name: 'Corporate root',
    binding_status: 'inactive',
    in_use: false,
    fingerprint: ca.fingerprint,
    issuer_org: 'Example Corp',
    uploaded_on: new Date(START).toISOString(),
  });
  expect(listed.issuer_raw).toContain('CN=Example Corp Root CA');
});

test('an uploaded CA goes through the same lifecycle and can be turned on', async () => {
  const mock = startMock();
  const uploaded = expectSuccess(await mock.upload(uploadOf(await makeCa())));

  expectSuccess(await mock.activate(uploaded.id), 202);
  mock.advance(PENDING_MS);
  expectSuccess(await mock.turnOn(uploaded.id));

  const inUse = expectSuccess(await mock.list()).filter((certificate) => certificate.in_use);
  expect(inUse.map((certificate) => certificate.id)).toEqual([uploaded.id]);
  expectFailure(await mock.removeCustom(uploaded.id), 409, /Turn on another certificate first/);
});

test('a certificate that is not a CA is refused with 400, naming the problem', async () => {
  const mock = startMock();

  const reply = await mock.upload(uploadOf(await makeCa({ ca: false })));

  expectFailure(reply, 400, /not a CA \(basicConstraints CA:TRUE is missing\)/);
  expect(expectSuccess(await mock.list())).toHaveLength(4);
});

test('an expired CA is refused with 400, naming the day it expired', async () => {
  const mock = startMock();
  const ca = await makeCa({ notBefore: new Date(START - 400 * DAY_MS), days: 365 });

  expectFailure(await mock.upload(uploadOf(ca)), 400, `expired on ${formatDate(START - 35 * DAY_MS)}`);
});

test('a CA that expires once the clock moves on is accepted before and refused after', async () => {
  const mock = startMock();
  const ca = await makeCa({ notBefore: new Date(START - DAY_MS), days: 2 });

  expectSuccess(await mock.upload(uploadOf(ca)));
  mock.advance(DAY_MS);
  expectFailure(await mock.upload(uploadOf(ca)), 400, /expired on/);
});

test('an intermediate CA (not self-signed) is refused with 400: only a root CA is accepted', async () => {
  const mock = startMock();
  const notBefore = new Date(START - DAY_MS);
  const root = await makeCertificate({ name: 'O=Acme, CN=Acme Root', notBefore });
  const intermediate = await makeCertificate({ name: 'O=Acme, CN=Acme Issuing CA', issuer: root, notBefore });

  expectFailure(
    await mock.upload({
      name: 'Issuing',
      certificates: intermediate.pem,
      private_key: intermediate.keyPem,
      ca: true,
    }),
    400,
    /only a root CA \(self-signed, issued by itself\) is accepted/,
  );
  expect(expectSuccess(await mock.list())).toHaveLength(4);
});

test('traditional keys are accepted: PKCS#1 (BEGIN RSA PRIVATE KEY) and SEC1 (BEGIN EC PRIVATE KEY)', async () => {
  const mock = startMock();
  const notBefore = new Date(START - DAY_MS);
  const rsa = await makeCertificate({ algorithm: RSA_2048, notBefore, name: 'O=Acme, CN=Acme RSA Root' });
  const ec = await makeCertificate({ notBefore, name: 'O=Acme, CN=Acme EC Root' });
  const pkcs1 = createPrivateKey(rsa.keyPem).export({ type: 'pkcs1', format: 'pem' }).toString();
  const sec1 = createPrivateKey(ec.keyPem).export({ type: 'sec1', format: 'pem' }).toString();

  expectSuccess(await mock.upload({ name: 'RSA root', certificates: rsa.pem, private_key: pkcs1, ca: true }));
  expectSuccess(await mock.upload({ name: 'EC root', certificates: ec.pem, private_key: sec1, ca: true }));
  expect(
    expectSuccess(await mock.list()).filter((certificate) => certificate.type === 'custom'),
  ).toHaveLength(2);
});

test('a private key that does not match the certificate is refused with 400', async () => {
  const mock = startMock();

  expectFailure(
    await mock.upload(uploadOf(await makeCa({ wrongKey: true }))),
    400,
    /private key does not match the certificate/,
  );
});

test('an upload body of the wrong shape is a 400 that names the field', async () => {
  const mock = startMock();
  const ca = await makeCa();
  const path = mock.account('/mtls_certificates');

  expectFailure(await mock.request('POST', path, '{"name":'), 400, /not valid JSON/);
  expectFailure(await mock.request('POST', path, []), 400, /JSON object/);
  expectFailure(await mock.upload({ ...uploadOf(ca), name: ' ' }), 400, /"name"/);
  expectFailure(await mock.upload({ ...uploadOf(ca), name: 'x'.repeat(256) }), 400, /at most 255/);
  expectFailure(await mock.upload({ ...uploadOf(ca), certificates: '' }), 400, /"certificates"/);
  expectFailure(await mock.upload({ ...uploadOf(ca), private_key: '' }), 400, /"private_key"/);
  expectFailure(await mock.upload({ ...uploadOf(ca), ca: false }), 400, /"ca" must be true/);
  expectFailure(await mock.upload({ ...uploadOf(ca), certificates: 'hello' }), 400, /not PEM/);
  expectFailure(
    await mock.upload({ ...uploadOf(ca), certificates: ca.keyPem, private_key: ca.pem }),
    400,
    /This is a private key/,
  );
});

test('at most 5 custom certificates per account: the 6th upload is refused with 409', async () => {
  const mock = startMock();
  const ca = await makeCa();
  const ids: string[] = [];
  for (let i = 1; i <= 5; i++) ids.push(expectSuccess(await mock.upload(uploadOf(ca, `Root ${i}`))).id);

  expectFailure(await mock.upload(uploadOf(ca, 'Root 6')), 409, /already has 5 custom certificates/);

  expectSuccess(await mock.removeCustom(must(ids[0])));
  expectSuccess(await mock.upload(uploadOf(ca, 'Root 6')));
});

test('deleting a custom certificate removes it and returns it in the mTLS shape', async () => {
  const mock = startMock();
  const ca = await makeCa();
  const uploaded = expectSuccess(await mock.upload(uploadOf(ca)));

  const deleted = expectSuccess(await mock.removeCustom(uploaded.id));

  expect(deleted).toMatchObject({ id: uploaded.id, name: 'Corporate root', certificates: ca.pem, ca: true });
  expectFailure(await mock.get(uploaded.id), 404);
  expectFailure(await mock.removeCustom(uploaded.id), 404, /Custom certificate .* was not found/);
});

test('a custom certificate can only be deleted while inactive', async () => {
  const mock = startMock();
  const uploaded = expectSuccess(await mock.upload(uploadOf(await makeCa())));
  expectSuccess(await mock.activate(uploaded.id), 202);

  expectFailure(await mock.removeCustom(uploaded.id), 409, /deactivate it before deleting it/);
});

test('the mTLS endpoint does not delete a generated certificate', async () => {
  const mock = startMock();
  const { inactive } = await defaultCertificates(mock);

  expectFailure(await mock.removeCustom(inactive.id), 404, /Custom certificate/);
  expectSuccess(await mock.get(inactive.id));
});

test('the private key is never returned by any endpoint, nor written to the mock’s storage', async () => {
  const persistence = memoryPersistence();
  const mock = startMock({ persistence });
  const ca = await makeCa();
  const uploaded = expectSuccess(await mock.upload(uploadOf(ca)));
  expectFailure(await mock.upload(uploadOf(await makeCa({ ca: false }))), 400);
  const holdsKey = (text: string | null) =>
    text === null || text.includes('PRIVATE KEY') || ca.keyLines.some((line) => text.includes(line));
  expect(ca.keyLines.length).toBeGreaterThanOrEqual(3);
  expect(persistence.value?.includes(ca.fingerprint)).toBe(true);
  expect(holdsKey(persistence.value)).toBe(false);

  await mock.list();
  await mock.get(uploaded.id);
  await mock.configuration();
  await mock.activate(uploaded.id);
  mock.advance(PENDING_MS);
  await mock.turnOn(uploaded.id);
  await mock.list();
  await mock.turnOn((await defaultCertificates(mock)).available.id, 'PUT');
  await mock.deactivate(uploaded.id);
  mock.advance(PENDING_MS);
  expectSuccess(await mock.removeCustom(uploaded.id));

  expect(mock.texts.length).toBeGreaterThanOrEqual(12);
  expect(mock.texts.some((text) => text.includes(ca.fingerprint))).toBe(true);
  expect(mock.texts.filter(holdsKey)).toEqual([]);
});
