import { Hono } from 'hono';
import { injectAccessMeta, injectLiveMeta, MOCK_ONLY_FILES } from '../server/index-html.ts';
import type { AccessVariables } from './access-guard.ts';
import { fetchPrecompressed, isCompressible } from './precompressed.ts';

/** The Workers static assets binding (`assets.binding` in wrangler.jsonc). */
export type AssetsFetcher = { fetch: (request: Request) => Promise<Response> };

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The built dashboard from the Workers assets, with the same rules as server/static-site.ts:
 * hashed assets cached for a year, everything else revalidated, other paths without a file
 * extension answered with index.html. index.html gets the live meta tag and, per request, the
 * signed-in administrator's.
 */
export function createAssetsSite({
  assets,
  liveAccountId,
}: {
  assets: AssetsFetcher;
  liveAccountId: string | null;
}): Hono<{ Variables: AccessVariables }> {
  const site = new Hono<{ Variables: AccessVariables }>();
  // The assets of one deployment never change, so one read per isolate is enough.
  let builtIndex: Promise<string> | null = null;
  const readIndex = (url: string) => {
    builtIndex ??= assets.fetch(new Request(new URL('/index.html', url))).then(async (response) => {
      if (!response.ok) throw new Error(`index.html is missing from the assets (HTTP ${response.status})`);
      const html = await response.text();
      return liveAccountId === null ? html : injectLiveMeta(html, liveAccountId);
    });
    builtIndex.catch(() => {
      builtIndex = null;
    });
    return builtIndex;
  };

  site.get('*', async (c, next) => {
    const path = c.req.path;
    const last = path.split('/').pop() ?? '';
    if (path !== '/index.html' && (path.startsWith('/assets/') || last.includes('.'))) return next();
    const html = injectAccessMeta(await readIndex(c.req.url), c.var.accessIdentity);
    // Private: the page names the person it was served to.
    return c.body(html, 200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-cache',
    });
  });

  site.get('*', async (c) => {
    if (liveAccountId !== null && MOCK_ONLY_FILES.has(c.req.path)) return c.text('Not found', 404);
    // Source maps are for local debugging, never served; the compressed copies are asked for by
    // Accept-Encoding, not by name.
    if (/\.(map|br|gz)$/.test(c.req.path)) return c.text('Not found', 404);
    const compressed = await fetchPrecompressed(assets, c.req.raw);
    const found = compressed ?? (await assets.fetch(c.req.raw));
    if (found.status === 404) return c.text('Not found', 404);
    // A fetched answer's headers are immutable: copy it to set the caching and, later, the security headers.
    const response = compressed ?? new Response(found.body, found);
    if (found.ok) {
      response.headers.set('cache-control', c.req.path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
    }
    if (isCompressible(c.req.path)) response.headers.set('vary', 'Accept-Encoding');
    return response;
  });

  site.all('*', (c) => c.text('Method not allowed', 405, { allow: 'GET, HEAD' }));
  return site;
}
