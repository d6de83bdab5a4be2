import type { Certificate } from '../model/certificate';
import { type DisplayStatus, displayStatus } from '../model/display-status';

/** Each status has its own shape (drawn in CSS) as well as colour, so it never rests on colour alone. */
const MODIFIERS: Record<DisplayStatus, string> = {
  Inactive: 'inactive',
  Pending: 'pending',
  Available: 'available',
  'Available and In-Use': 'in-use',
};

export function StatusBadge({ certificate }: { certificate: Pick<Certificate, 'bindingStatus' | 'inUse'> }) {
  const status = displayStatus(certificate);
  return <span className={`badge badge--${MODIFIERS[status]}`}>{status}</span>;
}
