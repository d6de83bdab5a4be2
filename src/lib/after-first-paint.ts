/**
 * Settles once the first content put into `container` (React's first commit) has been painted and
 * presented, so that work started then does not compete with what paints the page. A tab opened in
 * the background paints no frame, so `fallbackMs` after the content arrived it settles anyway. The
 * first render itself is waited for up to `renderWaitMs`: it is a transition, rendered in slices, and
 * on a busy machine it can take longer than a frame's fallback (a page that never renders goes on then).
 */
export function afterFirstPaintOf(container: Element, fallbackMs = 300, renderWaitMs = 3_000): Promise<void> {
  return new Promise((resolve) => {
    let observer: MutationObserver | null = null;
    let stopWatchingPaint = () => {};
    let timer = setTimeout(() => done(), renderWaitMs);
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      stopWatchingPaint();
      resolve();
    };
    const afterContent = () => {
      clearTimeout(timer);
      timer = setTimeout(done, fallbackMs);
      // Two conditions, both needed. The frames: requestAnimationFrame runs just before a frame is
      // painted; the frame after the change paints it, and the one after that starts once it has been
      // presented. The browser's own word: its first-contentful-paint entry comes once that paint has
      // reached the screen, which without a GPU (headless Chromium, Lighthouse) was 13-30 ms after the
      // frames' task; a request sent before it counted, in Lighthouse's estimate, towards that paint.
      let framesDone = false;
      let paintReported = false;
      const settleIfBoth = () => {
        if (framesDone && paintReported) setTimeout(done, 0);
      };
      stopWatchingPaint = onFirstContentfulPaint(() => {
        paintReported = true;
        settleIfBoth();
      });
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          framesDone = true;
          settleIfBoth();
        }),
      );
    };
    if (container.childNodes.length > 0) {
      afterContent();
      return;
    }
    observer = new MutationObserver(() => {
      observer?.disconnect();
      afterContent();
    });
    observer.observe(container, { childList: true });
  });
}

/**
 * Calls `reported` once the browser has reported the page's first contentful paint (at once, in a
 * task, if it already has; at once, synchronously, where paints are not reported). Returns a stop.
 */
function onFirstContentfulPaint(reported: () => void): () => void {
  if (
    typeof PerformanceObserver === 'undefined' ||
    !PerformanceObserver.supportedEntryTypes?.includes('paint')
  ) {
    reported();
    return () => {};
  }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
    observer.disconnect();
    reported();
  });
  observer.observe({ type: 'paint', buffered: true });
  return () => observer.disconnect();
}
