import type { Plugin } from 'vite';

/** Marks the tags below, so the live server can take them out (server/index-html.ts). */
export const MOCK_PRELOAD_MARK = 'data-mock-only';

/** In public/: registers the mock's service worker before the app's code has arrived. */
export const EARLY_WORKER_SCRIPT = 'mock-worker-early.js';

type Chunk = {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: string[];
  facadeModuleId: string | null;
};

/**
 * Build only, for the mock demo's first visit: `<link rel="modulepreload">` for the mock's chunk and
 * its imports, so they are fetched beside the entry instead of after it has run, and the script that
 * starts installing the mock's service worker at once. The page is the demo unless the live server
 * says otherwise, and the live server removes these tags.
 */
export function preloadMock(mockModule = '/src/app/start-mock.ts'): Plugin {
  let base = '/';
  return {
    name: 'zt-preload-mock',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return;
        const chunks = Object.values(bundle).filter(
          (item): item is Chunk & typeof item => item.type === 'chunk',
        );
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const closure = (files: string[], seen = new Set<string>()) => {
          for (const file of files) {
            if (seen.has(file)) continue;
            seen.add(file);
            closure(byFile.get(file)?.imports ?? [], seen);
          }
          return seen;
        };
        const entry = closure(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const mock = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(mockModule));
        if (!mock) throw new Error(`preloadMock: no chunk for ${mockModule} in the build.`);
        const earlyWorker = {
          tag: 'script',
          // Async: it never holds up parsing or the first paint, and runs as soon as it arrives.
          attrs: { src: `${base}${EARLY_WORKER_SCRIPT}`, async: true, [MOCK_PRELOAD_MARK]: true },
          injectTo: 'head' as const,
        };
        const preloads = [...closure([mock.fileName])]
          .filter((file) => !entry.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'modulepreload',
              crossorigin: true,
              href: `${base}${file}`,
              [MOCK_PRELOAD_MARK]: true,
            },
            injectTo: 'head' as const,
          }));
        return [earlyWorker, ...preloads];
      },
    },
  };
}
