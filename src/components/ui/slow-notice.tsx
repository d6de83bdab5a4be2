import { useEffect, useState } from 'react';

/** How long a change may wait on the API before the screen says it is still waiting. */
export const SLOW_AFTER_MS = 3000;

/**
 * Beside a change that is taking longer than usual: says it was sent once and is still on its way,
 * so nobody clicks again or closes the screen wondering whether it happened.
 */
export function SlowNotice({ pending }: { pending: boolean }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (!pending) return;
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [pending]);
  if (!pending || !slow) return null;
  return (
    <p role="status" className="callout callout--info">
      Still waiting for the Cloudflare API to answer. The request was sent once: wait here for the result
      rather than trying again.
    </p>
  );
}
