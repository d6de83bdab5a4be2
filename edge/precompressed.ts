import type { AssetsFetcher } from './assets-site.ts';

/**
 * The build's brotli and gzip copies (`file.br`, `file.gz`, written beside every compressible file
 * at the highest levels), sent by `Accept-Encoding` as `npm run serve` sends them: the edge's own
 * compression is quicker but weaker.
 */

type Encoding = 'br' | 'gzip';
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

/** The codings the client takes, best first (brotli before gzip on a tie); `q=0` refuses one. */
export function acceptedEncodings(header: string | null): Encoding[] {
  if (!header) return [];
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => /^q\s*=/.test(param));
    const weight = q === undefined ? 1 : Number(q.replace(/^q\s*=\s*/, ''));
    if (name) weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get('*') ?? 0;
  return (['br', 'gzip'] as const)
    .filter((encoding) => weightOf(encoding) > 0)
    .sort((a, b) => weightOf(b) - weightOf(a));
}

/** The best prepared copy of the requested file the client accepts, or `null` to send the file itself. */
export async function fetchPrecompressed(assets: AssetsFetcher, request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  const type = TYPES[url.pathname.split('.').pop() ?? ''];
  if (!type) return null;
  for (const encoding of acceptedEncodings(request.headers.get('accept-encoding'))) {
    const copy = await assets.fetch(
      new Request(`${url.origin}${url.pathname}${SUFFIX[encoding]}`, {
        method: request.method,
        headers: request.headers,
      }),
    );
    if (copy.status === 404) continue;
    const headers = new Headers(copy.headers);
    headers.set('content-type', type);
    headers.set('content-encoding', encoding);
    headers.set('vary', 'Accept-Encoding');
    // `encodeBody: 'manual'`: the body is brotli or gzip already, and workerd must send it as it is.
    return new Response(copy.body, { status: copy.status, headers, encodeBody: 'manual' } as ResponseInit);
  }
  return null;
}
