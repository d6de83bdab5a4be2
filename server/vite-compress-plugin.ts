import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images, fonts and archives are compressed already. */
const COMPRESSIBLE = /\.(m?js|css|html|svg|json|txt|xml|webmanifest|ico|wasm)$/i;

export type Compressed = { file: string; bytes: number; br: number | null; gzip: number | null };

/**
 * Writes `file.br` and `file.gz` beside every compressible file under `dir`, at the highest levels
 * (the build pays once; every visit saves), and only where the copy is smaller. `npm run serve`
 * sends them by Accept-Encoding (server/static-site.ts).
 */
export async function precompressDir(dir: string): Promise<Compressed[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(
    files.map(async (file) => {
      const body = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
          },
        }),
        gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      const keep = async (copy: Buffer, suffix: string) => {
        if (copy.byteLength >= body.byteLength) return null;
        await writeFile(file + suffix, copy);
        return copy.byteLength;
      };
      return { file, bytes: body.byteLength, br: await keep(br, '.br'), gzip: await keep(gz, '.gz') };
    }),
  );
}

/** The build step: brotli and gzip copies of every asset, once the bundle is written. */
export function precompress(): Plugin {
  let outDir = 'dist';
  let log: (line: string) => void = () => {};
  return {
    name: 'zt-console-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      log = (line) => config.logger.info(line);
    },
    async closeBundle() {
      const done = await precompressDir(outDir);
      const sum = (pick: (entry: Compressed) => number) =>
        done.reduce((total, entry) => total + pick(entry), 0);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
      log(
        `precompressed ${done.length} files: ${kb(sum((entry) => entry.bytes))} -> ` +
          `${kb(sum((entry) => entry.br ?? entry.bytes))} brotli, ${kb(sum((entry) => entry.gzip ?? entry.bytes))} gzip`,
      );
    },
  };
}
