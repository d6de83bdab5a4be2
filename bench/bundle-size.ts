// Measure 1: gzip size of the script a first visit fetches before the first rows, for the console's live
// and demo modes beside the floor and the demo floor (read from Vite's manifests: no browser needed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFirstScreen } from './build.ts';

/**
 * Code that must not be fetched before the first rows: MSW in live mode, the X.509 library in either
 * mode. Minification renames classes, so the markers include strings that survive it (module names in
 * messages, error texts); budget.test.ts checks that the lazy side of the build does carry them.
 */
export const FORBIDDEN_IN_ENTRY = {
  msw: ['mockServiceWorker', '[MSW]', 'msw/'],
  x509: ['@peculiar', 'BasicConstraints', 'reflect-metadata', 'tsyringe', 'Cannot get schema'],
} as const;
/**
 * MSW's cookie jar, which the mock is built without (scripts/vite-msw-without-cookie-jar.ts): an error
 * of tough-cookie's and a name from tldts's public-suffix list; and the stand-in's own words.
 */
export const COOKIE_JAR_MARKERS = ['Cookie failed to parse', 'blogspot'];
export const COOKIE_JAR_STAND_IN_MARKER = 'it keeps no cookies';
const ALL_MARKERS = [...FORBIDDEN_IN_ENTRY.msw, ...FORBIDDEN_IN_ENTRY.x509];

export const gzipBytes = (outDir: string, files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length, 0);

type Screen = { js: number; css: number; files: string[] };

export type BundleSizes = {
  floor: Screen;
  demoFloor: Screen;
  live: Screen;
  demo: Screen;
  /** live JS / floor JS. */
  ratio: number;
  /** demo JS / demo floor JS. */
  demoRatio: number;
  /** Which forbidden markers the live first screen contains (should be none). */
  forbiddenFound: string[];
  /** Which X.509 markers the demo fetches before its first rows (should be none). */
  x509InDemo: string[];
};

/** Which markers the given files contain. */
export function markersIn(
  outDir: string,
  files: string[],
  markers: readonly string[] = ALL_MARKERS,
): string[] {
  const code = files.map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');
  return markers.filter((marker) => code.includes(marker));
}

export function measureBundles(appDir: string, floorDir: string, demoFloorDir: string): BundleSizes {
  const app = readFirstScreen(appDir);
  const floor = readFirstScreen(floorDir);
  const demoFloor = readFirstScreen(demoFloorDir, /worker/);
  const liveJs = gzipBytes(appDir, app.js);
  const demoJs = liveJs + gzipBytes(appDir, app.mockJs);
  const floorJs = gzipBytes(floorDir, floor.js);
  const demoFloorJs = gzipBytes(demoFloorDir, [...demoFloor.js, ...demoFloor.mockJs]);
  const appCss = gzipBytes(appDir, app.css);
  return {
    floor: { js: floorJs, css: gzipBytes(floorDir, floor.css), files: [...floor.js, ...floor.css] },
    demoFloor: {
      js: demoFloorJs,
      css: gzipBytes(demoFloorDir, demoFloor.css),
      files: [...demoFloor.js, ...demoFloor.mockJs],
    },
    live: { js: liveJs, css: appCss, files: [...app.js, ...app.css] },
    demo: { js: demoJs, css: appCss, files: [...app.js, ...app.mockJs] },
    ratio: liveJs / floorJs,
    demoRatio: demoJs / demoFloorJs,
    forbiddenFound: markersIn(appDir, app.js),
    x509InDemo: markersIn(appDir, [...app.js, ...app.mockJs], FORBIDDEN_IN_ENTRY.x509),
  };
}
