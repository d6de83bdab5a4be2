/**
 * Runs `work` once the next frame has been painted: requestAnimationFrame comes just before a frame,
 * and a task queued from it runs after that frame's paint. A tab in the background paints no frame,
 * so `fallbackMs` later it runs anyway. Returns a cancel.
 */
export function afterNextPaint(work: () => void, fallbackMs = 100): () => void {
  let settled = false;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    settled = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(afterFrame);
  };
  const run = () => {
    if (settled) return;
    cancel();
    work();
  };
  const frame = requestAnimationFrame(() => {
    afterFrame = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, fallbackMs);
  return cancel;
}
