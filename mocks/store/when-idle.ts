export type WhenIdleOptions = {
  /** Waits this long before looking for an idle moment. */
  afterMs?: number;
  /** Runs the task by this long after that at the latest, idle or not. */
  timeoutMs?: number;
};

/**
 * Runs `task` once the page has nothing to do, so work that can wait (storing a freshly built demo
 * account) never holds back what the user is waiting for. `afterMs` matters when that is an answer
 * still on its way: while the service worker carries it, the page looks idle but is not done.
 */
export function whenIdle(task: () => void, { afterMs = 0, timeoutMs = 2_000 }: WhenIdleOptions = {}): void {
  const onIdle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: timeoutMs });
    else setTimeout(task, 200);
  };
  if (afterMs > 0) setTimeout(onIdle, afterMs);
  else onIdle();
}
