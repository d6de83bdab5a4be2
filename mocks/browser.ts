import { setupWorker } from 'msw/browser';
import { whenIdle } from '../src/lib/when-idle';
import { yieldToPage } from '../src/lib/yield-to-page';
import { tabClockOffset } from './clock/tab-clock';
import { createHandlers } from './handlers';
import { withPrebuiltScenarios } from './scenarios/prebuilt';
import { MOCK_SERVICE_WORKER_URL, untilMockWorkerControls } from './service-worker-registration';
import { MockStore } from './store/mock-store';
import { localStoragePersistence } from './store/persistence';

export const STORAGE_KEY = 'zt-certificates-mock-db';

/**
 * How long after it was built a large account waits before it is stored, at the next idle moment: its
 * rows are on screen well within that. Sooner, the page looks idle while the service worker carries
 * the first answer, and the 3 MB write would hold that answer back.
 */
const WRITE_AFTER_MS = 2_000;

export type BrowserMock = { store: MockStore; resetNotice: string | null };

/**
 * Starts the simulated Cloudflare API in this tab. `prepare` (such as building a demo scenario) runs
 * beside the service worker's start, which takes a while on a first visit; both end before it returns.
 */
export async function startBrowserMock(prepare?: (store: MockStore) => Promise<void>): Promise<BrowserMock> {
  let resetNotice: string | null = null;
  const store = new MockStore({
    persistence: localStoragePersistence(STORAGE_KEY),
    // `?now=` pins this tab's clock; each account's own offset (Demo settings) runs on top of it.
    now: () => Date.now() + tabClockOffset(),
    onReset: (problem) => {
      resetNotice = `The demo data in this browser could not be read (${problem}), so it was reset.`;
    },
    // A large built account (2,000 certificates are 3 MB) is stored once its rows are on screen...
    writeLater: (write) => window.setTimeout(() => whenIdle(write), WRITE_AFTER_MS),
    // ...and the `many` scenario comes ready-made from the server, where it has one (npm run serve).
    buildScenario: withPrebuiltScenarios(),
  });
  // ...or as the page goes away, whichever comes first, so a reload finds it.
  window.addEventListener('pagehide', () => store.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') store.flush();
  });
  // Another tab of this browser wrote the data: read it again before the next call, so neither tab
  // overwrites the other's changes with its own older copy.
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) store.markStale();
  });
  // Reading the stored data, making the handlers, and starting MSW are each a task of their own
  // (5-10 ms apiece on a slow machine): the page paints and takes input between them.
  await yieldToPage();
  const worker = setupWorker(...createHandlers(store));
  await yieldToPage();
  await Promise.all([
    untilMockWorkerControls().then(() =>
      worker.start({
        quiet: true,
        serviceWorker: { url: MOCK_SERVICE_WORKER_URL },
        // Assets, the favicon and the app's own files go to the network as usual.
        onUnhandledRequest: 'bypass',
      }),
    ),
    prepare?.(store),
  ]);
  return { store, resetNotice };
}
