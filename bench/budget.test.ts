// @vitest-environment node
// The bench's deterministic figures as a test (read from the builds' manifests, no browser): the script
// a first visit fetches before the first rows stays within 1.10x of the floor's live and of the demo
// floor's in the demo, and neither mode fetches X.509 code before its rows (nor live any MSW).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, buildDemoFloor, buildFloor, readFirstScreen } from './build.ts';
import {
  COOKIE_JAR_MARKERS,
  COOKIE_JAR_STAND_IN_MARKER,
  FORBIDDEN_IN_ENTRY,
  markersIn,
  measureBundles,
} from './bundle-size.ts';
import { TARGETS } from './report.ts';

const work = mkdtempSync(join(tmpdir(), 'zt-budget-'));
const appDir = join(work, 'app');
const floorDir = join(work, 'floor');
const demoFloorDir = join(work, 'floor-demo');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe('performance budget (bench/, see docs/performance.md)', () => {
  beforeAll(async () => {
    await buildApp(appDir);
    await buildFloor(floorDir);
    await buildDemoFloor(demoFloorDir);
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(`keeps the live first screen's JS within ${TARGETS.scriptVsFloor}x of the floor's (gzip)`, () => {
    const { live, floor, ratio } = measureBundles(appDir, floorDir, demoFloorDir);
    expect(
      ratio,
      `live ${kB(live.js)} vs floor ${kB(floor.js)}: ${ratio.toFixed(3)}x; ` +
        `the budget is ${kB(floor.js * TARGETS.scriptVsFloor)}. Load what the first screen does not show lazily.`,
    ).toBeLessThanOrEqual(TARGETS.scriptVsFloor);
  });

  it(`keeps the demo's script before the first rows within ${TARGETS.scriptVsFloor}x of the demo floor's (gzip)`, () => {
    const { demo, demoFloor, demoRatio } = measureBundles(appDir, floorDir, demoFloorDir);
    expect(
      demoRatio,
      `demo ${kB(demo.js)} vs demo floor ${kB(demoFloor.js)}: ${demoRatio.toFixed(3)}x; ` +
        `the budget is ${kB(demoFloor.js * TARGETS.scriptVsFloor)}.`,
    ).toBeLessThanOrEqual(TARGETS.scriptVsFloor);
  });

  it('fetches no MSW live and no X.509 code in either mode before the first rows', () => {
    const screen = readFirstScreen(appDir);
    expect(screen.mockJs.length, 'the mock demo is a chunk of its own').toBeGreaterThan(0);
    expect(markersIn(appDir, screen.js), 'MSW or X.509 in the live first screen').toEqual([]);
    expect(
      markersIn(appDir, [...screen.js, ...screen.mockJs], FORBIDDEN_IN_ENTRY.x509),
      'X.509 in what the demo fetches before its rows',
    ).toEqual([]);
  });

  it('sees the markers where they belong (MSW in the mock chunk, X.509 in a lazy chunk), so the checks above can see them', () => {
    const screen = readFirstScreen(appDir);
    const where = { msw: screen.mockJs, x509: screen.lazyJs };
    for (const [library, markers] of Object.entries(FORBIDDEN_IN_ENTRY)) {
      const found = markersIn(appDir, where[library as keyof typeof where], markers);
      expect(found.length, `one of ${markers.join(', ')} (${library})`).toBeGreaterThan(0);
    }
  });

  it("builds the mock without MSW's cookie jar (tough-cookie and the public-suffix list), with the stand-in in its place", () => {
    const screen = readFirstScreen(appDir);
    expect(markersIn(appDir, screen.mockJs, COOKIE_JAR_MARKERS), 'the cookie jar in the mock chunk').toEqual(
      [],
    );
    expect(markersIn(appDir, screen.mockJs, [COOKIE_JAR_STAND_IN_MARKER])).toEqual([
      COOKIE_JAR_STAND_IN_MARKER,
    ]);
    // The demo floor is MSW as its docs start it, jar and all: the markers are ones that a build with it shows.
    const demoFloor = readFirstScreen(demoFloorDir, /worker/);
    expect(markersIn(demoFloorDir, [...demoFloor.js, ...demoFloor.mockJs], COOKIE_JAR_MARKERS)).toEqual(
      COOKIE_JAR_MARKERS,
    );
  });
});
