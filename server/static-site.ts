import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { injectLiveMeta } from './index-html.ts';

export type SiteOptions = {
  /** The production build, e.g. `dist`. */
  distDir: string;
  /** In live mode, the account the page manages; `null` serves the mock demo as built. */
  liveAccountId: string | null;
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Build-time mock only: a live page must not load (or keep) the mock's service worker. */
const MOCK_ONLY_FILES = new Set(['/mockServiceWorker.js']);

/**
 * The built dashboard: files from `distDir` with their content types, hashed assets cached for a
 * year, everything else revalidated, and any other path without a file extension answered with
 * index.html (the app's router takes it from there).
 */
export function createStaticSite({ distDir, liveAccountId }: SiteOptions): Hono {
  const built = readFileSync(join(distDir, 'index.html'), 'utf8');
  const indexHtml = liveAccountId === null ? built : injectLiveMeta(built, liveAccountId);
  const site = new Hono();

  const sendIndex = () =>
    new Response(indexHtml, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
    });

  site.get('/', sendIndex);
  site.get('/index.html', sendIndex);
  if (liveAccountId !== null) {
    for (const file of MOCK_ONLY_FILES) site.get(file, (c) => c.text('Not found', 404));
  }
  site.use(
    '*',
    serveStatic({
      root: distDir,
      onFound: (path, c) => {
        const hashed = /[/\\]assets[/\\]/.test(path);
        c.header('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
      },
    }),
  );
  site.get('*', (c) => {
    const last = c.req.path.split('/').pop() ?? '';
    if (c.req.path.startsWith('/assets/') || last.includes('.')) return c.text('Not found', 404);
    return sendIndex();
  });
  site.all('*', (c) => c.text('Method not allowed', 405, { allow: 'GET, HEAD' }));
  return site;
}
