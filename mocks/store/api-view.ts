import type { AccountState, StoredCertificate } from './types';

/** What the API shows of a certificate: never the bookkeeping, never a key. */
export type ApiCertificate = Omit<StoredCertificate, 'status_changed_at'> & { in_use: boolean };

/** A stored certificate as the API shows it: the store's answers, and the demo server's prebuilt ones. */
export function apiCertificate(account: AccountState, certificate: StoredCertificate): ApiCertificate {
  const { status_changed_at: _, ...fields } = certificate;
  return { ...fields, in_use: certificate.id === account.inUseId };
}

/** Cloudflare's v4 envelope around a successful result. */
export const successEnvelope = (result: unknown) => ({ success: true, errors: [], messages: [], result });
