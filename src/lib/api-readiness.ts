import { useSyncExternalStore } from 'react';

/**
 * Whether the API can be asked yet. Live mode never waits. In mock mode the page paints before the
 * simulated API has started (its code, the service worker, the stored data): the app registers that
 * start here, and every request waits for it. This module knows nothing of the mock itself.
 */
export type ApiReadiness = { state: 'ready' } | { state: 'starting' } | { state: 'failed'; message: string };

let readiness: ApiReadiness = { state: 'ready' };
let ready: Promise<void> = Promise.resolve();
const listeners = new Set<() => void>();

function update(next: ApiReadiness) {
  readiness = next;
  for (const listener of listeners) listener();
}

/** Requests wait until `start` settles; when it fails, they fail with its message instead. */
export function waitForApi(start: Promise<unknown>): void {
  update({ state: 'starting' });
  ready = start.then(
    () => update({ state: 'ready' }),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      update({ state: 'failed', message });
      throw error;
    },
  );
  // The rejection is reported to each request that waits; nothing else needs to hear of it.
  ready.catch(() => undefined);
}

/** Settles when requests may go out (api-client.ts awaits it before each one). */
export const apiReady = (): Promise<void> => ready;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useApiReadiness = (): ApiReadiness => useSyncExternalStore(subscribe, () => readiness);
