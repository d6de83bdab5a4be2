import type { Certificate } from './certificate';

/** The spec's four display statuses; use these words exactly. */
export type DisplayStatus = 'Inactive' | 'Pending' | 'Available' | 'Available and In-Use';

export function displayStatus(certificate: Pick<Certificate, 'bindingStatus' | 'inUse'>): DisplayStatus {
  switch (certificate.bindingStatus) {
    case 'inactive':
      return 'Inactive';
    case 'pending_deployment':
    case 'pending_deletion':
      return 'Pending';
    case 'available':
      return certificate.inUse ? 'Available and In-Use' : 'Available';
  }
}

export const isPending = (certificate: Pick<Certificate, 'bindingStatus'>) =>
  certificate.bindingStatus === 'pending_deployment' || certificate.bindingStatus === 'pending_deletion';
