import { useEffect, useState } from 'react';
import { useApiReadiness } from '../../../lib/api-readiness';

/** How long the demo's start may take before the page says what it is waiting for. */
export const SLOW_START_MS = 400;

/** True once the API has been starting (mock mode) for longer than SLOW_START_MS. */
function useSlowStart(): boolean {
  const { state } = useApiReadiness();
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (state !== 'starting') return;
    const timer = setTimeout(() => setLate(true), SLOW_START_MS);
    return () => clearTimeout(timer);
  }, [state]);
  return state === 'starting' && late;
}

/** The table's shape while the list loads, so nothing jumps when it arrives. */
export function CertificatesSkeleton() {
  const preparing = useSlowStart();
  return (
    <div className="table-wrap skeleton-host" aria-busy="true">
      {/* Over the skeleton rather than above it, so the text coming and going moves nothing. */}
      <p role="status" className={preparing ? 'skeleton__note' : 'visually-hidden'}>
        {preparing ? 'Preparing demo data…' : 'Loading certificates…'}
      </p>
      <div className="skeleton" aria-hidden="true">
        {Array.from({ length: 4 }, (_, row) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity.
          <div key={row} className="skeleton__row">
            <span className="skeleton__cell skeleton__cell--wide" />
            <span className="skeleton__cell" />
            <span className="skeleton__cell" />
            <span className="skeleton__cell" />
            <span className="skeleton__cell" />
          </div>
        ))}
      </div>
    </div>
  );
}
