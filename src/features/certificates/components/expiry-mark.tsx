import type { ExpiryState } from '../model/expiry';

/** A word, not only a colour, for a certificate that has expired or soon will. */
export function ExpiryMark({ state }: { state: ExpiryState }) {
  if (state === 'expired') return <span className="tag tag--danger">Expired</span>;
  if (state === 'expiring-soon') return <span className="tag tag--warn">Expires soon</span>;
  return null;
}
