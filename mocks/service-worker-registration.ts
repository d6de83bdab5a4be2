/** Where the build serves MSW's service worker script (copied from msw into public/). */
export const MOCK_SERVICE_WORKER_URL = `${import.meta.env.BASE_URL}mockServiceWorker.js`;

declare global {
  interface Window {
    /** Set by public/mock-worker-early.js: the mock's worker, registered before the app's code ran. */
    __ztMockWorker?: Promise<ServiceWorkerRegistration | null>;
  }
}

/** How long a first visit waits for the early worker to take the page before MSW's start goes on anyway. */
const CONTROL_TIMEOUT_MS = 5_000;

/**
 * Settles once the worker that public/mock-worker-early.js registered controls the page (it claims
 * the page as soon as it is active), or at once when there is no such worker (dev server, tests).
 * MSW's start reloads a page that has its worker registered but not in control (its way out of a
 * hard reload); a first visit that started MSW halfway through the early install could meet that.
 */
export async function untilMockWorkerControls(): Promise<void> {
  const registration = await window.__ztMockWorker;
  const container = navigator.serviceWorker;
  if (!registration || !container || container.controller) return;
  // Active but not in control: a hard reload, which MSW's start deals with as it always has.
  if (!registration.installing && !registration.waiting) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(done, CONTROL_TIMEOUT_MS);
    container.addEventListener('controllerchange', done);
  });
}
