// @vitest-environment node
import { beforeEach, expect, test, vi } from 'vitest';
import { activateCertificate } from '../src/features/certificates/api/activate-certificate';
import {
  deleteCustomCertificate,
  uploadCustomCertificate,
} from '../src/features/certificates/api/custom-certificates';
import { deactivateCertificate } from '../src/features/certificates/api/deactivate-certificate';
import { deleteCertificate } from '../src/features/certificates/api/delete-certificate';
import {
  getGatewayConfiguration,
  turnOnCertificate,
} from '../src/features/certificates/api/gateway-configuration';
import { generateCertificate } from '../src/features/certificates/api/generate-certificate';
import { getCertificate } from '../src/features/certificates/api/get-certificate';
import { listCertificates } from '../src/features/certificates/api/list-certificates';
import { NIL_UUID } from '../src/features/certificates/model/certificate';
import { formatDateTime } from '../src/lib/format-date';
import { apiRefusal } from '../test-kit/api-refusal';
import { ACCOUNT, DAY_MS, makeCa, must, ORIGIN, PENDING_MS, START, startMock } from './test-support';

/**
 * The console's typed calls against the mock: proves both speak the same API.
 * The client fetches relative URLs; MSW resolves them against `location`, which Node lacks.
 */
beforeEach(() => {
  vi.stubGlobal('location', new URL(`${ORIGIN}/accounts/${ACCOUNT}/certificates`));
  return () => vi.unstubAllGlobals();
});

test('the typed calls read the seeded account', async () => {
  startMock();

  const certificates = await listCertificates(ACCOUNT);
  const configuration = await getGatewayConfiguration(ACCOUNT);

  expect(certificates).toHaveLength(4);
  const inUse = must(certificates.find((certificate) => certificate.inUse));
  expect(configuration.certificateId).toBe(inUse.id);
  expect(inUse.bindingStatus).toBe('available');
  expect(inUse.uploadedOn).toBeNull();
  expect(inUse.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(await getCertificate(ACCOUNT, inUse.id)).toEqual(inUse);
});

test('a whole lifecycle through the typed calls: generate, activate, turn on, hand back, deactivate, delete', async () => {
  const mock = startMock();
  const [previous] = (await listCertificates(ACCOUNT)).filter((certificate) => certificate.inUse);

  const generated = await generateCertificate(ACCOUNT, 90);
  expect(generated).toMatchObject({ bindingStatus: 'inactive', inUse: false, type: 'gateway_managed' });
  expect(Date.parse(must(generated.expiresOn)) - Date.parse(must(generated.createdAt))).toBe(90 * DAY_MS);
  expect((await activateCertificate(ACCOUNT, generated.id)).bindingStatus).toBe('pending_deployment');
  mock.advance(PENDING_MS);
  expect((await getCertificate(ACCOUNT, generated.id)).bindingStatus).toBe('available');

  expect((await turnOnCertificate(ACCOUNT, generated.id)).certificateId).toBe(generated.id);
  expect((await getCertificate(ACCOUNT, must(previous).id)).inUse).toBe(false);
  expect(await turnOnCertificate(ACCOUNT, NIL_UUID)).toMatchObject({ certificateId: null });

  expect((await deactivateCertificate(ACCOUNT, generated.id)).bindingStatus).toBe('pending_deletion');
  mock.advance(PENDING_MS);
  expect((await deleteCertificate(ACCOUNT, generated.id)).id).toBe(generated.id);
  expect((await apiRefusal(getCertificate(ACCOUNT, generated.id))).status).toBe(404);
});

test('the typed default generation is 1825 days', async () => {
  startMock();

  const generated = await generateCertificate(ACCOUNT);

  expect(Date.parse(must(generated.expiresOn)) - Date.parse(must(generated.createdAt))).toBe(1825 * DAY_MS);
});

test('refusals reach the console as ApiError with the mock’s status, code and message', async () => {
  startMock();
  const certificates = await listCertificates(ACCOUNT);
  const inUse = must(certificates.find((certificate) => certificate.inUse));

  const inUseError = await apiRefusal(deleteCertificate(ACCOUNT, inUse.id));
  expect(inUseError.status).toBe(409);
  expect(inUseError.network).toBe(false);
  expect(inUseError.errors[0]?.code).toBe(1409);
  expect(inUseError.message).toMatch(/Turn on another certificate first/);

  for (let i = 0; i < 3; i++) await generateCertificate(ACCOUNT);
  const limit = await apiRefusal(generateCertificate(ACCOUNT));
  expect(limit.status).toBe(429);
  // The console keeps the time the mock named, and writes it for a person in the screen's date style.
  expect(limit.retryAt).toBe(START + DAY_MS);
  expect(limit.message).toContain(formatDateTime(START + DAY_MS));
  expect(limit.message).not.toMatch(/\d{4}-\d\d-\d\dT/);

  const invalid = await apiRefusal(generateCertificate(ACCOUNT, 0));
  expect(invalid.status).toBe(400);

  const unknownAccount = await apiRefusal(listCertificates('nope'));
  expect(unknownAccount.status).toBe(404);
});

test('custom CAs upload and delete through the typed calls', async () => {
  startMock();
  const ca = await makeCa();

  const uploaded = await uploadCustomCertificate(ACCOUNT, {
    name: 'Corporate root',
    certificate: ca.pem,
    privateKey: ca.keyPem,
  });

  expect(uploaded.name).toBe('Corporate root');
  expect(await getCertificate(ACCOUNT, uploaded.id)).toMatchObject({
    type: 'custom',
    name: 'Corporate root',
    bindingStatus: 'inactive',
    fingerprint: ca.fingerprint,
  });
  expect((await deleteCustomCertificate(ACCOUNT, uploaded.id)).id).toBe(uploaded.id);
  const notCa = await makeCa({ ca: false });
  const refused = await apiRefusal(
    uploadCustomCertificate(ACCOUNT, { name: 'Leaf', certificate: notCa.pem, privateKey: notCa.keyPem }),
  );
  expect(refused.status).toBe(400);
  expect(refused.message).toMatch(/not a CA/);
});
