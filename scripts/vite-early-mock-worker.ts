import type { Plugin } from 'vite';

/** Marks the tag below, so the live server can take it out (server/index-html.ts). */
export const MOCK_ONLY_MARK = 'data-mock-only';

/** In public/: registers the mock's service worker before the app's code has arrived. */
export const EARLY_WORKER_SCRIPT = 'mock-worker-early.js';

/**
 * Build only: puts public/mock-worker-early.js in the page, async, so the mock demo's service worker
 * installs while the entry still downloads (on a first visit, that install is the longest step before
 * the demo can answer). The page is the demo unless the live server says otherwise, and the live
 * server removes the tag. The mock's own chunk is not preloaded: it loads after the first paint
 * (src/main.tsx), so it never competes with what paints the page.
 */
export function earlyMockWorker(): Plugin {
  let base = '/';
  return {
    name: 'zt-early-mock-worker',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'script',
          // Async: it never holds up parsing or the first paint, and runs as soon as it arrives.
          attrs: { src: `${base}${EARLY_WORKER_SCRIPT}`, async: true, [MOCK_ONLY_MARK]: true },
          injectTo: 'head',
        },
      ],
    },
  };
}
