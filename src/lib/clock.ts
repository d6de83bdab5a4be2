/**
 * The screen's idea of "now". It is the real time unless the mock demo moves it (Demo settings, or
 * `?now=` in the URL), so relative days, expiry marks, banners and the generation window agree with
 * the simulated API. Live mode never sets it. It holds an offset, not an instant, so time keeps running.
 */
let offsetMs = 0;
const listeners = new Set<() => void>();

export const now = (): number => Date.now() + offsetMs;

export const clockOffset = (): number => offsetMs;

/** Moves the screen's clock to `offset` milliseconds from real time, and tells whoever listens. */
export function setClockOffset(offset: number): void {
  if (!Number.isFinite(offset) || offset === offsetMs) return;
  offsetMs = offset;
  for (const listener of listeners) listener();
}

export function subscribeClock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
