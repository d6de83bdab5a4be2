// Mock demo only: the build puts this script in the page (scripts/vite-early-mock-worker.ts) and the
// live server takes it out. On a first visit it starts installing the mock's service worker while the
// page's own code still downloads, since that install is the longest step before the demo can answer.
// mocks/service-worker-registration.ts waits on the promise it leaves before MSW's start goes on.
// A page the worker already controls (a reload) is left to MSW's start: the worker unregisters itself
// when its last page closes, and registering again beside that would race it.
if ('serviceWorker' in navigator && !navigator.serviceWorker.controller) {
  window.__ztMockWorker = navigator.serviceWorker.register('/mockServiceWorker.js').catch(() => null);
}

// A visit to the `many` scenario asks for the copy the demo's server prebuilt (mocks/scenarios/prebuilt.ts)
// now, so that its 3 MB arrive while the page's own code still downloads.
if (/[?&]scenario=many(&|$)/.test(location.search)) {
  window.__ztPrebuilt = {
    many: fetch('/demo-data/scenarios/many.json', { headers: { accept: 'application/json' } }).catch(
      () => null,
    ),
  };
}
