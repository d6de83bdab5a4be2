import type { BindingStatus, StoredCertificate } from '../store/types';
import { NOT_APPLICABLE } from '../store/types';
import { mintRootCa } from './mint';

export type NewGatewayCertificate = {
  createdAt: Date;
  validityDays: number;
  status?: BindingStatus;
  keys?: CryptoKeyPair;
};

/** A generated (gateway-managed) certificate record around a freshly minted root CA. */
export async function newGatewayCertificate(options: NewGatewayCertificate): Promise<StoredCertificate> {
  const minted = await mintRootCa({
    notBefore: options.createdAt,
    validityDays: options.validityDays,
    keys: options.keys,
  });
  const createdAt = minted.notBefore.toISOString();
  return {
    id: crypto.randomUUID(),
    type: 'gateway_managed',
    binding_status: options.status ?? 'inactive',
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
