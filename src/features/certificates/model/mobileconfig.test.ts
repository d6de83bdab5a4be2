// @vitest-environment node
import { createHash } from 'node:crypto';
import { parse as parsePlist } from 'plist';
import { expect, test } from 'vitest';
import { makeCertificate } from '../../../../test-kit/webcrypto-ca';
import { buildMobileconfig } from './mobileconfig';

const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-8[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;

type Profile = {
  PayloadType: string;
  PayloadUUID: string;
  PayloadIdentifier: string;
  PayloadContent: Array<Record<string, unknown> & { PayloadContent: Uint8Array }>;
};

const colonSha256 = (bytes: Uint8Array) =>
  createHash('sha256').update(bytes).digest('hex').toUpperCase().match(/.{2}/g)?.join(':');

test('the profile parses as a property list whose com.apple.security.root payload is the certificate’s DER', async () => {
  const { pem, certificate } = await makeCertificate();
  const fingerprint = colonSha256(Buffer.from(certificate.rawData));
  const file = await buildMobileconfig({ id: '47a54ba7-1111-4222-8333-444455556666', name: null, pem });

  expect(file.name).toBe('gateway-ca-47a54ba7.mobileconfig');
  expect(file.type).toBe('application/x-apple-aspen-config');
  const profile = parsePlist(file.contents) as unknown as Profile;
  expect(profile.PayloadType).toBe('Configuration');
  expect(profile.PayloadContent).toHaveLength(1);
  const [payload] = profile.PayloadContent;
  expect(payload?.PayloadType).toBe('com.apple.security.root');
  expect(payload?.PayloadCertificateFileName).toBe('gateway-ca-47a54ba7.crt');
  expect(payload?.PayloadDisplayName).toBe('Certificate 47a54ba7');
  // plist's <data> comes back as bytes: exactly the certificate, with the fingerprint the API reports.
  expect(payload?.PayloadContent).toBeInstanceOf(Uint8Array);
  expect(colonSha256(payload?.PayloadContent ?? new Uint8Array())).toBe(fingerprint);
  expect(profile.PayloadUUID).toMatch(UUID);
  expect(payload?.PayloadUUID).toMatch(UUID);
  expect(payload?.PayloadUUID).not.toBe(profile.PayloadUUID);
});

test('the same certificate always gets the same UUIDs, and another certificate other ones', async () => {
  const first = await makeCertificate();
  const second = await makeCertificate();
  const read = async (pem: string) =>
    parsePlist((await buildMobileconfig({ id: 'a-b', name: null, pem })).contents) as unknown as Profile;

  const once = await read(first.pem);
  const again = await read(first.pem);
  const other = await read(second.pem);
  expect(again.PayloadUUID).toBe(once.PayloadUUID);
  expect(again.PayloadContent[0]?.PayloadUUID).toBe(once.PayloadContent[0]?.PayloadUUID);
  expect(again.PayloadIdentifier).toBe(once.PayloadIdentifier);
  expect(other.PayloadUUID).not.toBe(once.PayloadUUID);
  expect(other.PayloadContent[0]?.PayloadUUID).not.toBe(once.PayloadContent[0]?.PayloadUUID);
});

test('a name with markup stays text in the XML', async () => {
  const { pem } = await makeCertificate();
  const file = await buildMobileconfig({ id: 'c0ffee00-0000', name: 'Acme <Root> & "Co"', pem });
  const profile = parsePlist(file.contents) as unknown as Profile;
  expect(profile.PayloadContent[0]?.PayloadDisplayName).toBe('Acme <Root> & "Co"');
  expect(file.name).toBe('acme-root-co-c0ffee00.mobileconfig');
});
