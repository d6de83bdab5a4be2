// @vitest-environment node
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { chooseEncoding } from './content-encoding.ts';
import {
  ACCOUNT,
  closedAfterEach,
  fakeDist,
  liveUpstream,
  type RawAnswer,
  rawGet,
  startApp,
  startUpstream,
} from './test-support.ts';
import { precompressDir } from './vite-compress-plugin.ts';

const running = closedAfterEach();

/** A script big enough to be worth compressing, as a real bundle is. */
const SCRIPT = `${Array.from({ length: 400 }, (_, i) => `export const value${i} = "certificate ${i}";`).join('\n')}\n`;

/** A build as `npm run build` leaves it: the files, then their brotli and gzip copies. */
async function builtDist(): Promise<string> {
  const dir = fakeDist();
  writeFileSync(join(dir, 'assets', 'index-AbC123.js'), SCRIPT);
  await precompressDir(dir);
  return dir;
}

async function serve(options: { live?: boolean } = {}) {
  const distDir = await builtDist();
  let live = null;
  if (options.live) {
    const upstream = await startUpstream();
    running.push(upstream);
    live = liveUpstream(`${upstream.url}/client/v4`);
  }
  const app = await startApp({ distDir, live });
  running.push(app);
  return app;
}

const decode = (answer: RawAnswer) => {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.body).toString();
  if (encoding === 'gzip') return gunzipSync(answer.body).toString();
  return answer.body.toString();
};

describe('choosing an encoding from Accept-Encoding', () => {
  test.each([
    ['what browsers send', 'gzip, deflate, br, zstd', 'br'],
    ['gzip only', 'gzip', 'gzip'],
    ['brotli refused with q=0', 'br;q=0, gzip', 'gzip'],
    ['both refused', 'br;q=0, gzip;q=0', null],
    ['a higher weight for gzip', 'br;q=0.5, gzip;q=1', 'gzip'],
    ['any coding', '*', 'br'],
    ['any but brotli', '*, br;q=0', 'gzip'],
    ['identity only', 'identity', null],
    ['deflate only', 'deflate', null],
    ['an empty header', '', null],
    ['no header', undefined, null],
    ['upper case and spaces', ' GZIP ; Q=1 ', 'gzip'],
    ['the old alias', 'x-gzip', 'gzip'],
  ])('%s (%s) -> %s', (_, header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });

  test('only from the copies there are', () => {
    expect(chooseEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('br', ['gzip'])).toBeNull();
  });
});

describe('the build’s compressed copies', () => {
  test('sit beside every compressible file, decode to it, and are skipped when they would not be smaller', async () => {
    const dir = fakeDist();
    writeFileSync(join(dir, 'assets', 'index-AbC123.js'), SCRIPT);
    writeFileSync(join(dir, 'tiny.txt'), 'a');
    writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    const done = await precompressDir(dir);
    const script = join(dir, 'assets', 'index-AbC123.js');
    expect(brotliDecompressSync(readFileSync(`${script}.br`)).toString()).toBe(SCRIPT);
    expect(gunzipSync(readFileSync(`${script}.gz`)).toString()).toBe(SCRIPT);
    expect(readFileSync(`${script}.br`).byteLength).toBeLessThan(SCRIPT.length / 4);
    expect(existsSync(join(dir, 'index.html.br'))).toBe(true);
    expect(existsSync(join(dir, 'index.html.gz'))).toBe(true);
    // Seven bytes of CSS, one of text: a copy would be larger than the file.
    expect(existsSync(join(dir, 'assets', 'index-AbC123.css.gz'))).toBe(false);
    expect(existsSync(join(dir, 'tiny.txt.br'))).toBe(false);
    expect(existsSync(join(dir, 'logo.png.br'))).toBe(false);
    // The hidden source map is never served, so it is not compressed either.
    expect(existsSync(`${script}.map.br`)).toBe(false);
    expect(done.find((entry) => entry.file === script)).toMatchObject({ bytes: SCRIPT.length });
  });

  test('are part of the production build', async () => {
    const config = (await import('../vite.config.ts')).default as { plugins?: unknown[] };
    const names = (config.plugins ?? []).flat().map((plugin) => (plugin as { name?: string })?.name);
    expect(names).toContain('zt-console-precompress');
  });
});

describe('npm run serve sends compressed copies', () => {
  test('brotli when accepted, gzip when brotli is refused, the file as is otherwise; always Vary', async () => {
    const app = await serve();
    const url = `${app.url}/assets/index-AbC123.js`;
    const br = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await rawGet(url, { 'accept-encoding': 'br;q=0, gzip' });
    const plain = await rawGet(url);
    const refused = await rawGet(url, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(refused.headers['content-encoding']).toBeUndefined();
    for (const answer of [br, gzip, plain, refused]) {
      expect(answer.status).toBe(200);
      expect(decode(answer)).toBe(SCRIPT);
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.headers['content-type']).toMatch(/^text\/javascript/);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      // The length of what is sent, not of the file.
      expect(Number(answer.headers['content-length'])).toBe(answer.body.byteLength);
    }
    expect(br.body.byteLength).toBeLessThan(gzip.body.byteLength);
    expect(gzip.body.byteLength).toBeLessThan(SCRIPT.length / 3);
  });

  test('each copy has its own ETag, and revalidates against it', async () => {
    const app = await serve();
    const url = `${app.url}/assets/index-AbC123.js`;
    const br = await rawGet(url, { 'accept-encoding': 'br' });
    const gzip = await rawGet(url, { 'accept-encoding': 'gzip' });
    const plain = await rawGet(url);
    const tags = [br, gzip, plain].map((answer) => answer.headers.etag);
    expect(new Set(tags).size).toBe(3);
    for (const tag of tags) expect(tag).toMatch(/^"[^"]+"$/);

    const fresh = await rawGet(url, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    expect(fresh.status).toBe(304);
    expect(fresh.body.byteLength).toBe(0);
    expect(fresh.headers.etag).toBe(br.headers.etag);
    expect(fresh.headers.vary).toBe('Accept-Encoding');
    // The brotli copy's tag does not stand for the gzip copy.
    const other = await rawGet(url, { 'accept-encoding': 'gzip', 'if-none-match': String(br.headers.etag) });
    expect(other.status).toBe(200);
    expect(other.headers['content-encoding']).toBe('gzip');
  });

  test('HEAD gives the chosen copy’s length and no body', async () => {
    const app = await serve();
    const url = `${app.url}/assets/index-AbC123.js`;
    const get = await rawGet(url, { 'accept-encoding': 'br' });
    const head = await rawGet(url, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(String(get.body.byteLength));
    expect(head.body.byteLength).toBe(0);
  });

  test('index.html, rewritten for live mode at start, is compressed at start too', async () => {
    const app = await serve({ live: true });
    for (const path of ['/', '/index.html', `/accounts/${ACCOUNT}/certificates`]) {
      const br = await rawGet(`${app.url}${path}`, { 'accept-encoding': 'br, gzip' });
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(br.headers.vary).toBe('Accept-Encoding');
      expect(br.headers['cache-control']).toBe('no-cache');
      expect(decode(br)).toContain(`data-account-id="${ACCOUNT}"`);
      const gzip = await rawGet(`${app.url}${path}`, { 'accept-encoding': 'gzip' });
      expect(decode(gzip)).toBe(decode(br));
    }
  });

  test('a build without copies is still served, uncompressed', async () => {
    const distDir = fakeDist();
    const app = await startApp({ distDir });
    running.push(app);
    const answer = await rawGet(`${app.url}/assets/index-AbC123.js`, { 'accept-encoding': 'br, gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe('console.log("app");\n');
  });
});
