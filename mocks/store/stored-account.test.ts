// @vitest-environment node
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { expect, test, vi } from 'vitest';
import { sha256Fingerprint } from '../../src/lib/x509/pem';
import { ACCOUNT, DAY_MS, START } from '../test-support';
import { MockStore } from './mock-store';
import { DB_VERSION, memoryPersistence } from './persistence';
import { NOT_APPLICABLE } from './types';

/**
 * An account stored before minting moved off the X.509 library (same stored shape, version 1):
 * it still opens as it was, and new certificates join it.
 */
async function storedByEarlierVersion() {
  const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const notBefore = new Date(START - 200 * DAY_MS);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '7f0102030405060708090a0b0c0d0e0f',
    name: 'C=US, ST=California, L=San Francisco, O=Cloudflare, OU=Gateway, CN=Gateway CA - Cloudflare Managed G1',
    notBefore,
    notAfter: new Date(notBefore.getTime() + 1825 * DAY_MS),
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    keys,
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true)],
  });
  const at = notBefore.toISOString();
  const stored = {
    id: 'c0ffee00-0000-4000-8000-000000000001',
    type: 'gateway_managed',
    binding_status: 'available',
    status_changed_at: at,
    certificate: certificate.toString('pem'),
    fingerprint: await sha256Fingerprint(new Uint8Array(certificate.rawData)),
    issuer_org: 'Cloudflare',
    issuer_raw: certificate.issuer,
    created_at: at,
    updated_at: at,
    uploaded_on: NOT_APPLICABLE,
    expires_on: certificate.notAfter.toISOString(),
  };
  const db = {
    version: DB_VERSION,
    accounts: {
      [ACCOUNT]: {
        certificates: [stored],
        inUseId: stored.id,
        generatedAt: [],
        settings: { tls_decrypt: { enabled: true } },
        configUpdatedAt: at,
      },
    },
    behaviours: {},
  };
  return { stored, serialized: JSON.stringify(db) };
}

test('an account stored by an earlier version opens as it was, and a new certificate joins it', async () => {
  const { stored, serialized } = await storedByEarlierVersion();
  const onReset = vi.fn();
  const store = new MockStore({ persistence: memoryPersistence(serialized), now: () => START, onReset });

  const { status_changed_at: _, ...shown } = stored;
  expect(await store.listCertificates(ACCOUNT)).toEqual([{ ...shown, in_use: true }]);
  expect(onReset).not.toHaveBeenCalled();

  const generated = await store.generateCertificate(ACCOUNT, { validity_period_days: 30 });
  const ids = (await store.listCertificates(ACCOUNT)).map((certificate) => certificate.id);
  expect(ids).toEqual([stored.id, generated.id]);
  const parsed = new x509.X509Certificate(generated.certificate);
  expect(await parsed.verify({ signatureOnly: true })).toBe(true);
  expect(parsed.issuer).toBe(stored.issuer_raw);
});
