// Mock demo only: the build puts this script first in the page (scripts/vite-preload-mock.ts) and the
// live server takes it out. It starts installing the mock's service worker while the page's own code
// still downloads, since on a first visit that install is the longest step before the demo can answer.
// mocks/service-worker-registration.ts waits on the promise it leaves before MSW's start goes on.
if ('serviceWorker' in navigator) {
  window.__ztMockWorker = navigator.serviceWorker.register('/mockServiceWorker.js').catch(() => null);
}
