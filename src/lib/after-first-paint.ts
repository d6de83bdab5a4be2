/**
 * Settles once the page has painted content (its first-contentful-paint entry), so that work started
 * then does not compete with what paints the page; or after `fallbackMs`, since a tab opened in the
 * background paints nothing, and a browser without paint timing reports nothing.
 */
export function afterFirstContentfulPaint(fallbackMs = 300): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | null = null;
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, fallbackMs);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      // Buffered: a paint that happened before this call counts at once.
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing here: the timer decides.
    }
  });
}
