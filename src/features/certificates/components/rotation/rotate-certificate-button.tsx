import { useLocation, useSearchParams } from 'react-router';
import { withRotation } from './rotation-search';

/** Opens the rotation dialog, which the page hosts (it outlives the drawer and the banner that open it). */
export function RotateCertificateButton({ className = 'button' }: { className?: string }) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  return (
    <button
      type="button"
      className={className}
      // Replace, keeping the drawer's history state: Back then still closes the drawer, never reopens this.
      onClick={() => setParams(withRotation(params, true), { replace: true, state: location.state })}
    >
      Rotate certificate
    </button>
  );
}
