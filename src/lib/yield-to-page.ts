/**
 * Ends the current task: what follows runs in a later one, after whatever the page has queued meanwhile
 * (a paint, an input, a message from the service worker). Long work cut this way does not hold the page,
 * and a slow phone does not count it as blocking time (tasks over 50 ms do).
 */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
