import type { Certificate } from './certificate';

export const EXPIRING_SOON_DAYS = 30;
const DAY_MS = 86_400_000;

export type ExpiryState = 'expired' | 'expiring-soon' | 'valid' | 'unknown';

export function expiryState(certificate: Pick<Certificate, 'expiresOn'>, now: number): ExpiryState {
  if (!certificate.expiresOn) return 'unknown';
  const expiresAt = Date.parse(certificate.expiresOn);
  if (expiresAt <= now) return 'expired';
  if (expiresAt - now <= EXPIRING_SOON_DAYS * DAY_MS) return 'expiring-soon';
  return 'valid';
}
