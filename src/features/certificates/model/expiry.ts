import { describeExpiry, formatDate, formatDateTime } from '../../../lib/format-date';
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

/**
 * What the drawer says of an expired certificate: that it expired, when, and what it can no longer do.
 * Null while it is still valid.
 */
export function expiredNotice(certificate: Pick<Certificate, 'expiresOn'>, now: number): string | null {
  if (expiryState(certificate, now) !== 'expired' || !certificate.expiresOn) return null;
  return (
    `This certificate expired on ${formatDate(certificate.expiresOn)} (${describeExpiry(certificate.expiresOn, now)}). ` +
    'It can no longer be activated or turned on: devices reject every site Gateway would sign with it. ' +
    'Generate a new certificate instead.'
  );
}

/**
 * What turning on a certificate that expires within 30 days leads to, for its confirmation: the date,
 * and that every inspected site then fails on every device. Null when it has longer (or has expired:
 * an expired one cannot be turned on at all).
 */
export function turnOnExpiryWarning(certificate: Pick<Certificate, 'expiresOn'>, now: number): string | null {
  if (expiryState(certificate, now) !== 'expiring-soon' || !certificate.expiresOn) return null;
  return (
    `It expires on ${formatDateTime(certificate.expiresOn)} (${describeExpiry(certificate.expiresOn, now)}). ` +
    'From then on, every site Gateway inspects fails on every device, until another certificate is turned on.'
  );
}
