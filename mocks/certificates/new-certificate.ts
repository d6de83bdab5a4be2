import { yieldToPage } from '../../src/lib/yield-to-page';
import type { BindingStatus, StoredCertificate } from '../store/types.ts';
import { NOT_APPLICABLE } from '../store/types.ts';
import { type MintedCertificate, mintRootCa } from './mint.ts';

export type NewGatewayCertificate = {
  createdAt: Date;
  validityDays: number;
  status?: BindingStatus;
  keys?: CryptoKeyPair;
};

/** The record Gateway keeps of a certificate it generated. */
function gatewayRecord(minted: MintedCertificate, status: BindingStatus = 'inactive'): StoredCertificate {
  const createdAt = minted.notBefore.toISOString();
  return {
    id: crypto.randomUUID(),
    type: 'gateway_managed',
    binding_status: status,
    status_changed_at: createdAt,
    certificate: minted.pem,
    fingerprint: minted.fingerprint,
    issuer_org: minted.issuerOrg,
    issuer_raw: minted.issuerRaw,
    created_at: createdAt,
    updated_at: createdAt,
    uploaded_on: NOT_APPLICABLE,
    expires_on: minted.notAfter.toISOString(),
  };
}

/** A generated (gateway-managed) certificate record around a freshly minted root CA. */
export async function newGatewayCertificate(options: NewGatewayCertificate): Promise<StoredCertificate> {
  const minted = await mintRootCa({
    notBefore: options.createdAt,
    validityDays: options.validityDays,
    keys: options.keys,
  });
  return gatewayRecord(minted, options.status);
}

/** How many certificates are minted between two turns of the event loop. */
const BATCH = 200;

/**
 * Many generated certificates with one key pair (a large scenario). WebCrypto signs synchronously on
 * the calling thread (about 50 µs each in Chromium), so 2,000 in one go would hold the page for a
 * quarter of a second: they are minted in batches, and the page gets a turn between two.
 */
export async function newGatewayCertificates(
  options: Omit<NewGatewayCertificate, 'keys'>[],
  keys: CryptoKeyPair,
): Promise<StoredCertificate[]> {
  const records: StoredCertificate[] = [];
  for (let start = 0; start < options.length; start += BATCH) {
    // The page paints and handles messages (the service worker's start) between two batches.
    if (start > 0) await yieldToPage();
    const batch = options.slice(start, start + BATCH);
    const minted = await Promise.all(
      batch.map(({ createdAt, validityDays }) => mintRootCa({ notBefore: createdAt, validityDays, keys })),
    );
    records.push(...minted.map((one, i) => gatewayRecord(one, batch[i]?.status)));
  }
  return records;
}
