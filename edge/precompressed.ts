import { chooseEncoding, ENCODINGS, type Encoding } from '../server/content-encoding.ts';
import type { AssetsFetcher } from './assets-site.ts';

/**
 * The build's brotli and gzip copies (`file.br`, `file.gz`, written beside every compressible file
 * at the highest levels), sent by `Accept-Encoding` as `npm run serve` sends them: the edge's own
 * compression is quicker but weaker.
 */

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** The content type of a compressible file, by extension; others are sent as they are. */
const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  html: 'text/html; charset=utf-8',
  svg: 'image/svg+xml',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml',
  webmanifest: 'application/manifest+json',
  ico: 'image/x-icon',
  wasm: 'application/wasm',
};

export const isCompressible = (pathname: string) => (pathname.split('.').pop() ?? '') in TYPES;

/** The best prepared copy of the requested file the client accepts, or `null` to send the file itself. */
export async function fetchPrecompressed(assets: AssetsFetcher, request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  const type = TYPES[url.pathname.split('.').pop() ?? ''];
  if (!type) return null;
  const accept = request.headers.get('accept-encoding');
  // The same choice as npm run serve's; a coding whose copy the build did not write is dropped.
  let available: readonly Encoding[] = ENCODINGS;
  let encoding = chooseEncoding(accept, available);
  while (encoding !== null) {
    const copy = await assets.fetch(
      new Request(`${url.origin}${url.pathname}${SUFFIX[encoding]}`, {
        method: request.method,
        headers: request.headers,
      }),
    );
    if (copy.status !== 404) {
      const headers = new Headers(copy.headers);
      headers.set('content-type', type);
      headers.set('content-encoding', encoding);
      headers.set('vary', 'Accept-Encoding');
      // `encodeBody: 'manual'`: the body is brotli or gzip already, and workerd must send it as it is.
      return new Response(copy.body, { status: copy.status, headers, encodeBody: 'manual' } as ResponseInit);
    }
    const missing = encoding;
    available = available.filter((other) => other !== missing);
    encoding = chooseEncoding(accept, available);
  }
  return null;
}
