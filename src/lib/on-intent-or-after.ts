/** What says the user is about to act on the page: a pointer moving or pressed, a key, a focus. */
const INTENT_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

/**
 * Runs `work` once: at the first sign that the user is about to act, or after `delayMs`, whichever
 * comes first. Returns a cancel. For work that only speeds up what the user may do next (fetching a
 * dialog's code): it then stays out of the first moments after the page appears, when it would
 * compete with reading the page and with a first click, unless the user is already reaching for it.
 */
export function onIntentOrAfter(
  work: () => void,
  delayMs: number,
  target: EventTarget = document,
): () => void {
  let done = false;
  const stop = () => {
    done = true;
    window.clearTimeout(timer);
    for (const type of INTENT_EVENTS) target.removeEventListener(type, run, true);
  };
  const run = () => {
    if (done) return;
    stop();
    work();
  };
  const timer = window.setTimeout(run, delayMs);
  for (const type of INTENT_EVENTS) target.addEventListener(type, run, { capture: true, passive: true });
  return stop;
}
