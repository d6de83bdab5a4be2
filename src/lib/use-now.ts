import { useEffect, useState } from 'react';

/** The current time, refreshed each minute so "in 3 days" and expiry marks stay true on an open tab. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
