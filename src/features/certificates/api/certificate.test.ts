import { expect, test } from 'vitest';
import { parseCertificate, parseCertificateList } from './certificate';

/** A certificate as the API sends it. */
const api = (fields: Record<string, unknown> = {}) => ({
  id: 'c0ffee00-0000-4000-8000-000000000001',
  name: null,
  binding_status: 'inactive',
  in_use: false,
  type: 'gateway_managed',
  certificate: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
  fingerprint: 'AB:CD',
  issuer_org: 'Cloudflare',
  issuer_raw: 'O=Cloudflare',
  created_at: '2026-01-02T03:04:05Z',
  updated_at: '2026-01-02T03:04:05Z',
  uploaded_on: '0001-01-01T00:00:00Z',
  expires_on: '2031-01-01T03:04:05Z',
  ...fields,
});

test('a list is read item by item, each as a single certificate is', () => {
  const items = [api(), api({ id: 'second', binding_status: 'active', in_use: true, name: 'Corp' })];
  expect(parseCertificateList(items)).toEqual(items.map(parseCertificate));
  expect(parseCertificateList(items)[1]).toMatchObject({
    bindingStatus: 'available',
    inUse: true,
    name: 'Corp',
  });
});

test('absent and null text fields are read as empty, and an empty name as none', () => {
  const read = parseCertificate({ id: 'x', binding_status: 'available', type: 'custom', name: '' });
  expect(read).toEqual({
    id: 'x',
    name: null,
    bindingStatus: 'available',
    inUse: false,
    type: 'custom',
    pem: '',
    fingerprint: '',
    issuerOrg: '',
    issuerRaw: '',
    createdAt: null,
    updatedAt: null,
    uploadedOn: null,
    expiresOn: null,
  });
});

test.each([
  [{ name: 5 }, '"name" is not a string'],
  [{ certificate: {} }, '"certificate" is not a string'],
  [{ fingerprint: 1 }, '"fingerprint" is not a string'],
  [{ issuer_org: true }, '"issuer_org" is not a string'],
  [{ issuer_raw: [] }, '"issuer_raw" is not a string'],
  [{ in_use: null }, '"in_use" is not true or false'],
  [{ type: 7 }, '"type" 7 is not a known type'],
  [{ created_at: 'yesterday' }, '"created_at" is not a date'],
  [{ updated_at: 3 }, '"updated_at" is not a string'],
  [{ uploaded_on: '2026-13-45' }, '"uploaded_on" is not a date'],
])('a field the screen cannot use is named: %o', (fields, message) => {
  expect(() => parseCertificate(api(fields))).toThrow(message);
  expect(() => parseCertificateList([api(), api(fields)])).toThrow(
    `${message} (item 2 of the certificate list)`,
  );
});

test('the first refused field is the one reported, in the order the API lists them', () => {
  expect(() => parseCertificate(api({ id: 1, expires_on: 'never', type: 'other' }))).toThrow(
    /^"id" is not a string$/,
  );
  expect(() => parseCertificate(api({ expires_on: 'never', type: 'other' }))).toThrow(
    /^"type" other is not a known type$/,
  );
});

test('something that is not a certificate at all says so, and where', () => {
  expect(() => parseCertificate('text')).toThrow(/^the certificate is not an object$/);
  expect(() => parseCertificate([api()])).toThrow(/^the certificate is not an object$/);
  expect(() => parseCertificateList([api(), null])).toThrow(
    /^item 2 of the certificate list is not an object$/,
  );
  expect(() => parseCertificateList({ result: [] })).toThrow(/^the certificate list is not a list$/);
});
