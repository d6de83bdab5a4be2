// Measure 1: gzip size of what the first screen loads, the console's live and demo builds beside the floor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type FirstScreen, readFirstScreen } from './build.ts';

/**
 * Code that must never reach the live first screen: the mock demo (MSW) and the X.509 library behind the
 * minting. Minification renames classes, so the markers include strings that survive it (module names in
 * messages, error texts); budget.test.ts checks that the mock side of the build does carry them.
 */
export const FORBIDDEN_IN_ENTRY = {
  msw: ['mockServiceWorker', '[MSW]', 'msw/'],
  x509: ['@peculiar', 'BasicConstraints', 'reflect-metadata', 'tsyringe', 'Cannot get schema'],
} as const;
const ALL_MARKERS = [...FORBIDDEN_IN_ENTRY.msw, ...FORBIDDEN_IN_ENTRY.x509];

export const gzipBytes = (outDir: string, files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length, 0);

export type BundleSizes = {
  floor: { js: number; css: number; files: string[] };
  live: { js: number; css: number; files: string[] };
  demo: { js: number; css: number; files: string[] };
  /** live JS / floor JS. */
  ratio: number;
  /** Which forbidden markers the live first screen contains (should be none). */
  forbiddenFound: string[];
};

/** Which markers the given files contain. */
export function markersIn(outDir: string, files: string[]): string[] {
  const code = files.map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');
  return ALL_MARKERS.filter((marker) => code.includes(marker));
}

export const forbiddenIn = (outDir: string, screen: FirstScreen) => markersIn(outDir, screen.js);

export function measureBundles(appDir: string, floorDir: string): BundleSizes {
  const app = readFirstScreen(appDir);
  const floor = readFirstScreen(floorDir);
  const liveJs = gzipBytes(appDir, app.js);
  const floorJs = gzipBytes(floorDir, floor.js);
  const appCss = gzipBytes(appDir, app.css);
  return {
    floor: { js: floorJs, css: gzipBytes(floorDir, floor.css), files: [...floor.js, ...floor.css] },
    live: { js: liveJs, css: appCss, files: [...app.js, ...app.css] },
    demo: { js: liveJs + gzipBytes(appDir, app.mockJs), css: appCss, files: [...app.js, ...app.mockJs] },
    ratio: liveJs / floorJs,
    forbiddenFound: forbiddenIn(appDir, app),
  };
}
