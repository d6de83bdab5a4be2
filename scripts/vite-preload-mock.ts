import type { Plugin } from 'vite';

/** Marks the links below, so the live server can take them out (server/index-html.ts). */
export const MOCK_PRELOAD_MARK = 'data-mock-only';

type Chunk = {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: string[];
  facadeModuleId: string | null;
};

/**
 * Build only: `<link rel="modulepreload">` for the mock demo's chunk and its imports, so a first visit
 * fetches the mock beside the entry instead of after it has run. The page is the demo unless the live
 * server says otherwise, and the live server removes these links.
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
        return [...closure([mock.fileName])]
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
      },
    },
  };
}
