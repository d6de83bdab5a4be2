import type { Certificate } from '../model/certificate';

/** Says what a pending certificate is waiting for, and that the screen keeps itself up to date meanwhile. */
export function PendingNote({ certificate }: { certificate: Pick<Certificate, 'bindingStatus'> }) {
  if (certificate.bindingStatus === 'pending_deployment') {
    return (
      <p role="status" className="callout callout--info">
        Deploying across Cloudflare's edge. This page refreshes on its own until it is Available.
      </p>
    );
  }
  if (certificate.bindingStatus === 'pending_deletion') {
    return (
      <p role="status" className="callout callout--info">
        Being removed from Cloudflare's edge. This page refreshes on its own until it is Inactive.
      </p>
    );
  }
  return null;
}
