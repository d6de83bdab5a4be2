// Builds the console and the floor with Vite into folders of the bench's own, and reads what each
// first screen loads from Vite's manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { precompress } from '../server/vite-compress-plugin.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FLOOR_ROOT = join(ROOT, 'bench', 'floor');
const DEMO_FLOOR_ROOT = join(ROOT, 'bench', 'floor-demo');

type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
type Manifest = Record<string, ManifestChunk>;

/** The console as `npm run build` makes it (same config), with a manifest, into `outDir`. */
export async function buildApp(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
}

/** The floor: bench/floor, same Vite, React plugin and target as the console. */
export async function buildFloor(outDir: string): Promise<void> {
  await build({
    root: FLOOR_ROOT,
    configFile: false,
    // Compressed copies like the console's, so `npm run serve` sends the floors compressed too.
    plugins: [react(), precompress()],
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest: true, target: 'es2022' },
  });
}

/** The demo floor: bench/floor-demo (the floor with its rows from MSW), with the console's worker script. */
export async function buildDemoFloor(outDir: string): Promise<void> {
  await build({
    root: DEMO_FLOOR_ROOT,
    configFile: false,
    publicDir: join(ROOT, 'public'),
    plugins: [react(), precompress()],
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest: true, target: 'es2022' },
  });
}

export type FirstScreen = {
  /** Files (relative to outDir) that index.html loads up front: the entry and its static imports. */
  js: string[];
  css: string[];
  /** The mock's chunk (and its static imports) that mock mode fetches before the first rows. */
  mockJs: string[];
  /** Every other chunk: loaded on demand (dialogs, the drawer, X.509), never before the first rows. */
  lazyJs: string[];
};

/**
 * Reads from the manifest what a first visit fetches before the first rows: the entry chunk's static
 * import graph (what index.html loads), plus, in mock mode, the mock's chunk (the dynamic import whose
 * name matches `mockChunk`) and its static imports.
 */
export function readFirstScreen(outDir: string, mockChunk = /start-mock/): FirstScreen {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error(`No entry chunk in ${outDir}/.vite/manifest.json`);

  const closure = (keys: string[], seen = new Set<string>()) => {
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      closure(manifest[key]?.imports ?? [], seen);
    }
    return seen;
  };
  const entry = closure([entryKey]);
  const mockKey = manifest[entryKey]?.dynamicImports?.find((key) => mockChunk.test(key));
  const mock = mockKey ? [...closure([mockKey])].filter((key) => !entry.has(key)) : [];
  const files = (keys: Iterable<string>) => [...keys].map((key) => manifest[key]?.file ?? key);
  const css = [...entry].flatMap((key) => manifest[key]?.css ?? []);
  const lazy = Object.keys(manifest).filter(
    (key) => !entry.has(key) && !mock.includes(key) && manifest[key]?.file.endsWith('.js'),
  );
  return { js: files(entry), css: [...new Set(css)], mockJs: files(mock), lazyJs: files(lazy) };
}
