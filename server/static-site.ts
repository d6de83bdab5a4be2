import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { chooseEncoding, type Encoding } from './content-encoding.ts';
import { injectLiveMeta, MOCK_ONLY_FILES } from './index-html.ts';

export type SiteOptions = {
  /** The production build, e.g. `dist`. */
  distDir: string;
  /** In live mode, the account the page manages; `null` serves the mock demo as built. */
  liveAccountId: string | null;
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The copies the build prepares beside each file (see server/vite-compress-plugin.ts). */
const SUFFIXES: Record<Encoding, string> = { br: '.br', gzip: '.gz' };
/** Source maps, if the build kept any for local debugging, are never served. */
const SOURCE_MAP = /\.map$/i;

type Representation = { body: Uint8Array<ArrayBuffer>; etag: string };
type File = {
  type: string;
  cacheControl: string;
  identity: Representation;
  encoded: Partial<Record<Encoding, Representation>>;
};

/**
 * The built dashboard, held in memory: every file of `distDir` with its content type, hashed assets
 * cached for a year, everything else revalidated, and any other path without a file extension
 * answered with index.html (the app's router takes it from there). Each file goes out as the
 * brotli or gzip copy the build prepared, when the browser accepts it; index.html, rewritten here
 * in live mode, is compressed once at start.
 */
export function createStaticSite({ distDir, liveAccountId }: SiteOptions): Hono {
  const files = readBuild(distDir);
  const built = readFileSync(join(distDir, 'index.html'), 'utf8');
  const indexHtml = withCopies(
    Buffer.from(liveAccountId === null ? built : injectLiveMeta(built, liveAccountId)),
    'text/html; charset=utf-8',
    'no-cache',
    {
      br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip: (body) => gzipSync(body, { level: 9 }),
    },
  );
  if (liveAccountId !== null) for (const path of MOCK_ONLY_FILES) files.delete(path);
  files.set('/', indexHtml);
  files.set('/index.html', indexHtml);

  const site = new Hono();
  site.get('*', (c) => {
    const path = c.req.path;
    const file = SOURCE_MAP.test(path) ? undefined : files.get(path);
    if (file) return send(c, file);
    const last = path.split('/').pop() ?? '';
    if (path.startsWith('/assets/') || last.includes('.')) return c.text('Not found', 404);
    return send(c, indexHtml);
  });
  site.all('*', (c) => c.text('Method not allowed', 405, { allow: 'GET, HEAD' }));
  return site;
}

function send(c: Context, file: File): Response {
  const offered = Object.keys(file.encoded) as Encoding[];
  const encoding = chooseEncoding(c.req.header('accept-encoding'), offered);
  const chosen = (encoding && file.encoded[encoding]) || file.identity;
  const headers = new Headers({ 'cache-control': file.cacheControl, etag: chosen.etag });
  // Caches must keep the copies apart, and each copy has its own ETag.
  if (offered.length > 0) headers.set('vary', 'Accept-Encoding');
  if (matches(c.req.header('if-none-match'), chosen.etag))
    return new Response(null, { status: 304, headers });
  headers.set('content-type', file.type);
  headers.set('content-length', String(chosen.body.byteLength));
  if (encoding) headers.set('content-encoding', encoding);
  return new Response(chosen.body, { status: 200, headers });
}

/** `If-None-Match` uses the weak comparison: `W/"x"` matches `"x"`. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function etagOf(body: Uint8Array, encoding?: Encoding): string {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
  return `"${hash}${encoding ? `-${encoding}` : ''}"`;
}

type Compressors = Partial<Record<Encoding, (body: Uint8Array) => Uint8Array>>;

function withCopies(body: Uint8Array, type: string, cacheControl: string, compressors: Compressors): File {
  const identity = { body: new Uint8Array(body), etag: etagOf(body) };
  const encoded: File['encoded'] = {};
  for (const [encoding, compress] of Object.entries(compressors) as [Encoding, Compressors[Encoding]][]) {
    const copy = compress?.(body);
    // A copy no smaller than the file (a tiny file, an image) is not worth a header.
    if (copy && copy.byteLength < body.byteLength) {
      encoded[encoding] = { body: new Uint8Array(copy), etag: `"${identity.etag.slice(1, -1)}-${encoding}"` };
    }
  }
  return { type, cacheControl, identity, encoded };
}

/** Every file of the build by its URL path, with the prepared copies beside it attached to it. */
function readBuild(distDir: string): Map<string, File> {
  const paths = listFiles(distDir);
  const present = new Set(paths);
  const files = new Map<string, File>();
  for (const path of paths) {
    if (SOURCE_MAP.test(path)) continue;
    const isCopy = Object.values(SUFFIXES).some(
      (suffix) => path.endsWith(suffix) && present.has(path.slice(0, -suffix.length)),
    );
    if (isCopy) continue;
    const url = `/${relative(distDir, path).split(sep).join('/')}`;
    const type = getMimeType(path) ?? 'application/octet-stream';
    const cacheControl = url.startsWith('/assets/') ? IMMUTABLE : 'no-cache';
    const compressors: Compressors = {};
    for (const [encoding, suffix] of Object.entries(SUFFIXES) as [Encoding, string][]) {
      if (present.has(path + suffix)) compressors[encoding] = () => readFileSync(path + suffix);
    }
    files.set(url, withCopies(readFileSync(path), type, cacheControl, compressors));
  }
  return files;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.isFile() ? [path] : [];
  });
}
