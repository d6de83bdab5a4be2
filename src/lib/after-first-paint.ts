/**
 * Settles once the first content put into `container` (React's first commit) has been painted: a
 * frame after the one that paints it, so that work started then does not compete with what paints the
 * page. A tab opened in the background paints no frame, so `fallbackMs` after the content arrived it
 * settles anyway. The first render itself is waited for up to `renderWaitMs`: it is a transition,
 * rendered in slices, and on a busy machine it can take longer than a frame's fallback (a page that
 * never renders goes on then).
 */
export function afterFirstPaintOf(container: Element, fallbackMs = 300, renderWaitMs = 3_000): Promise<void> {
  return new Promise((resolve) => {
    let observer: MutationObserver | null = null;
    let timer = setTimeout(() => done(), renderWaitMs);
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    // requestAnimationFrame runs just before a frame is painted. The frame after the change paints it;
    // the one after that starts only once it has been presented (a task after the first alone could
    // still come before the paint reaches the screen).
    const afterNextFrame = () => {
      clearTimeout(timer);
      timer = setTimeout(done, fallbackMs);
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));
    };
    if (container.childNodes.length > 0) {
      afterNextFrame();
      return;
    }
    observer = new MutationObserver(() => {
      observer?.disconnect();
      afterNextFrame();
    });
    observer.observe(container, { childList: true });
  });
}
