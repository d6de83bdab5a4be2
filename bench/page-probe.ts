// Runs inside the page (Playwright's addInitScript) before any of the page's own code. It times, in the
// page's own clock (milliseconds since navigation start), when a condition first shows on screen: the
// frame after the DOM meets it (requestAnimationFrame, then a task, so layout and paint are included).

export type BenchProbe = {
  /** Resolves with the time the next frame after `test()` holds has been painted. */
  paintedWhen: (test: () => boolean) => Promise<number>;
  /** The page's first row on screen. */
  rows: Promise<number>;
  /** First contentful paint, once Chromium reports it. */
  fcp?: number;
  /** A wait the bench started before acting (see paintedWhen). */
  pending?: Promise<number>;
  /** Time stamps of the last input events, by type. */
  lastEvent: Record<string, number>;
};

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

export function installProbe(): void {
  const afterPaint = () =>
    new Promise<number>((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      });
    });
  const paintedWhen = (test: () => boolean) =>
    new Promise<number>((resolve) => {
      if (test()) {
        void afterPaint().then(resolve);
        return;
      }
      const observer = new MutationObserver(() => {
        if (!test()) return;
        observer.disconnect();
        void afterPaint().then(resolve);
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
  const lastEvent: Record<string, number> = {};
  for (const type of ['click', 'change', 'input']) {
    addEventListener(
      type,
      (event) => {
        lastEvent[type] = event.timeStamp;
      },
      true,
    );
  }
  window.__bench = {
    paintedWhen,
    lastEvent,
    rows: paintedWhen(() => document.querySelector('tbody tr') !== null),
  };
  new PerformanceObserver((list) => {
    const fcp = list.getEntriesByName('first-contentful-paint')[0];
    if (fcp) window.__bench.fcp = fcp.startTime;
  }).observe({ type: 'paint', buffered: true });
}

/**
 * The probe as script text for addInitScript. tsx compiles with keepNames, which wraps named functions in
 * `__name(...)`, in the probe and in the bench's page.evaluate callbacks alike: the page has no such
 * helper, so the probe brings a stand-in, global for the callbacks.
 */
export const PROBE_SCRIPT = `globalThis.__name ??= (target) => target;\n(${installProbe.toString()})();`;
