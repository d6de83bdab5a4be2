import type { BindingStatus, StoredCertificate } from '../store/types';
import { NOT_APPLICABLE } from '../store/types';
import { type MintedCertificate, mintRootCa } from './mint';

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

/** Many generated certificates with one key pair (a large scenario). */
export async function newGatewayCertificates(
  options: Omit<NewGatewayCertificate, 'keys'>[],
  keys: CryptoKeyPair,
): Promise<StoredCertificate[]> {
  const minted = await Promise.all(
    options.map(({ createdAt, validityDays }) => mintRootCa({ notBefore: createdAt, validityDays, keys })),
  );
  return minted.map((one, i) => gatewayRecord(one, options[i]?.status));
}
