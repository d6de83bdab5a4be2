/** Runs `work` when the browser has nothing better to do; returns a cancel. */
export function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(work, 200);
  return () => window.clearTimeout(timer);
}

/**
 * Runs each of `works` in an idle period of its own, in order; returns a cancel for those not yet run.
 * Together they would be one long task (a slow phone counts it as blocking the page).
 */
export function eachWhenIdle(works: readonly (() => void)[]): () => void {
  let cancel = () => {};
  const runFrom = (index: number) => {
    const work = works[index];
    if (!work) return;
    cancel = whenIdle(() => {
      work();
      runFrom(index + 1);
    });
  };
  runFrom(0);
  return () => cancel();
}
