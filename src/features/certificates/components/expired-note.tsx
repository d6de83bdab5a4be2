import type { Certificate } from '../model/certificate';
import { expiredNotice } from '../model/expiry';

/** Says, at the top of the drawer, that a certificate has expired, when, and what it can no longer do. */
export function ExpiredNote({
  certificate,
  now,
}: {
  certificate: Pick<Certificate, 'expiresOn'>;
  now: number;
}) {
  const notice = expiredNotice(certificate, now);
  return notice ? <p className="callout callout--error">{notice}</p> : null;
}
