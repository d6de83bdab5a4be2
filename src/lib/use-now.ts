import { useEffect, useState } from 'react';
import { now as clockNow, subscribeClock } from './clock';

/**
 * The screen's current time (see clock.ts), refreshed each minute so "in 3 days" and expiry marks stay
 * true on an open tab, and at once when the demo's clock moves.
 */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(clockNow);
  useEffect(() => {
    const refresh = () => setNow(clockNow());
    const timer = window.setInterval(refresh, intervalMs);
    const unsubscribe = subscribeClock(refresh);
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, [intervalMs]);
  return now;
}
